from django.http import JsonResponse
from django.views.defaults import page_not_found


def not_found(request, exception):
    """The API's JSON error shape under /api/; Django's page everywhere else."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"status": 404, "code": "not_found", "message": "Not found."}}, status=404)
    return page_not_found(request, exception)
