"""OpenAPI generation: every operation documents the errors it can answer with, in the API's one error shape."""

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

from core.api import ErrorSerializer

ERRORS = {
    "400": "Invalid input; `fields` names each field and what is wrong with it.",
    "401": "The token or session is not valid.",
    "403": "Not allowed for this account (role, or one's own work under the two-person rule).",
    "404": "Not found, or not published.",
    "409": "Not allowed in the resource's current workflow state.",
    "415": "The request body is not in one of the content types this operation accepts.",
    "412": "If-Match does not match the current ETag: someone changed it since you read it.",
    "428": "If-Match is required: send the ETag from your last GET.",
    "429": (
        "Too many requests from this anonymous client (`throttled`), or too many failed sign-ins from this "
        "address (`locked_out`); retry after the Retry-After delay."
    ),
}


IF_MATCH = {
    "in": "header",
    "name": "If-Match",
    "required": True,
    "schema": {"type": "string"},
    "description": (
        "The ETag of the version you are changing, from your last GET (or `*`). "
        "Without it the answer is 428; with a stale one, 412 and nothing is written."
    ),
}


class AutoSchema(SpectacularAutoSchema):
    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        if self.method in ("PUT", "PATCH"):  # core.api.ConditionalUpdateMixin: every update is conditional
            operation.setdefault("parameters", []).append(IF_MATCH)
        error = {"application/json": {"schema": self.resolve_serializer(ErrorSerializer, "response").ref}}
        for code in self._error_codes():
            operation["responses"].setdefault(code, {"description": ERRORS[code], "content": error})
        return operation

    def _error_codes(self) -> list[str]:
        codes = ["400", "401", "429"]  # bad filters or cursor, a bad token, throttling: anywhere
        detail = "{" in self.path
        if detail or self.method == "GET":
            codes.append("404")  # a missing object, or a stale cursor on a list
        if self.method not in ("GET", "HEAD", "OPTIONS"):
            codes += ["403", "409", "415"]
        if self.method in ("PUT", "PATCH"):
            codes += ["412", "428"]
        return codes
