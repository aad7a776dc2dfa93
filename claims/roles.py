"""
The newsroom's roles as Django groups, each with exactly the permissions it needs.

- Reporter: creates and edits sources, actors, claims, appearances and draft verifications,
  and sends them for review. Cannot publish. Reads the transparency pages and error reports.
- Editor: everything a reporter does, plus reviews and publishes other people's
  verifications, sends them back, and manages topics and deletions of editorial content;
  handles readers' error reports (the trust app); creates figures, attaches any claim to them
  and acknowledges their ledgers' findings (the figures app).
- Chief editor: everything on editorial content, including the status vocabulary,
  withdrawing published verdicts and renaming published claims, and the transparency pages
  and the team.

Workflow rules that depend on the row (own work, state) are enforced in claims.services;
these permissions say what each role may attempt at all. A user in none of these groups sees
nothing editorial. Applied by a data migration, and again by `manage.py sync_roles`.
"""

REPORTER = "Reporter"
EDITOR = "Editor"
CHIEF_EDITOR = "Chief editor"

_REPORTER = [
    "sources.view_actor", "sources.add_actor", "sources.change_actor",
    "sources.view_source", "sources.add_source", "sources.change_source",
    "sources.view_citation", "sources.add_citation", "sources.change_citation", "sources.delete_citation",
    "claims.view_topic",
    "claims.view_claim", "claims.add_claim", "claims.change_claim",
    "claims.view_appearance", "claims.add_appearance", "claims.change_appearance", "claims.delete_appearance",
    "claims.view_claimrelation", "claims.add_claimrelation", "claims.change_claimrelation",
    "claims.delete_claimrelation",
    "claims.view_verification", "claims.add_verification", "claims.change_verification",
    "claims.view_status",
    # The trust app's pages and team (read), and readers' error reports (read).
    "trust.view_transparencypage", "trust.view_teammember", "trust.view_errorreport",
    "claims.view_claimrevision", "claims.add_claimrevision",
    # Figures (the figures app): read them and their findings; attach and detach their own unpublished
    # claims as estimates (figures.permissions adds the row rule).
    "figures.view_figure", "figures.view_estimate", "figures.view_finding",
    "figures.add_estimate", "figures.delete_estimate",
]  # fmt: skip

_EDITOR = [
    *_REPORTER,
    "claims.publish_verification",
    "claims.add_topic", "claims.change_topic",
    "claims.delete_claim", "sources.delete_source", "sources.delete_actor",
    "trust.change_errorreport",  # triage, resolve, reject, start a correction
    "figures.add_figure", "figures.change_figure", "figures.change_finding",  # acknowledge findings
]  # fmt: skip

_CHIEF_EDITOR = [
    *_EDITOR,
    "claims.withdraw_verification",
    "claims.rename_published_claim",
    "claims.delete_topic", "claims.delete_verification",
    "claims.add_status", "claims.change_status", "claims.delete_status",
    "trust.add_transparencypage", "trust.change_transparencypage", "trust.delete_transparencypage",
    "trust.add_teammember", "trust.change_teammember", "trust.delete_teammember",
    "trust.delete_errorreport",
    "figures.delete_figure",
]  # fmt: skip

ROLE_PERMISSIONS: dict[str, list[str]] = {REPORTER: _REPORTER, EDITOR: _EDITOR, CHIEF_EDITOR: _CHIEF_EDITOR}


def sync_role_groups(apps=None) -> None:
    """
    Create the groups and set their permissions to ROLE_PERMISSIONS (a migration passes its apps).
    A permission whose model a migration has not created yet is left for the later migration that
    creates it, and syncs again; the test of the groups checks the end result is exact.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = []
        for dotted in wanted:
            app_label, codename = dotted.split(".")
            perms.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.set(perms)
