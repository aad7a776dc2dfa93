from django.http import HttpResponseBadRequest, JsonResponse

NUL = "\x00"


class RejectNulBytesMiddleware:
    """
    Refuse a NUL character in the path or the query string with a 400 before any view runs.
    PostgreSQL cannot compare text with NUL in it, so such a lookup would otherwise end in a
    database error (a 500) wherever a slug or a filter reaches a query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or any(NUL in key or NUL in value for key, value in request.GET.items()):
            message = "NUL characters are not allowed in URLs."
            if request.path.startswith("/api/"):
                return JsonResponse({"error": {"status": 400, "code": "invalid", "message": message}}, status=400)
            return HttpResponseBadRequest(message)
        return self.get_response(request)
