"""
Create the PostgreSQL database that DATABASE_URL names if it does not exist yet, so that
`make serve` starts on a machine where only the PostgreSQL server is set up. Nothing for SQLite,
which creates its file on first use.
"""

import psycopg
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from psycopg import sql


class Command(BaseCommand):
    help = "Create the database DATABASE_URL names, if it is PostgreSQL and does not exist yet."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="Which database of settings.DATABASES.")

    def handle(self, *args, database: str, **options) -> None:
        connection = connections[database]
        if connection.vendor != "postgresql":
            return
        params = connection.get_connection_params()
        name = params["dbname"]
        # Connect to the server's maintenance database, with the same user, host and options.
        try:
            with psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True) as server:
                if server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                    return
                server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as exc:
            raise CommandError(f"Could not create the database {name!r}: {exc}".strip()) from exc
        self.stdout.write(f"Created the database {name!r}.")
