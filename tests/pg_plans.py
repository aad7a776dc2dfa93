"""What PostgreSQL's planner does with a query: for the tests that check a scan reads no table page."""

import json

from django.db import connection


def claims_id_scan() -> dict:
    """
    The executed plan of reading every claim's id in index order, sequential and bitmap scans off: an index-only scan,
    whose "Heap Fetches" counts the table pages it still had to visit (none once every page is all-visible).
    """
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_bitmapscan = off")
        try:
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM claims_claim ORDER BY id DESC")
            explained = cursor.fetchone()[0]  # psycopg reads json as Python; a driver may give text
        finally:
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_bitmapscan")
    return (json.loads(explained) if isinstance(explained, str) else explained)[0]["Plan"]
