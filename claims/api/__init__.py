"""
The REST API of the record: claims, verifications, appearances, statuses, and the sources and
actors they rest on. Sources' and actors' endpoints live here, not in the sources app, because
what the public may see of them is decided by published claims (claims.visibility).
"""
