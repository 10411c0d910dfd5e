"""The newsroom's roles, defined once: the groups and what their members may do.

``apply_roles`` runs after every ``migrate`` (and after a test database is
flushed), so the groups always hold exactly these permissions, on a fresh
database too. Membership of a role is what gives access to the admin.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

WRITERS = "Writers"
EDITORS = "Editors"

_PARTS = ("section", "bullet", "faq")
_WRITER = {
    "articles": [
        "add_article",
        "change_article",
        "view_article",
        *(
            f"{a}_{model}"
            for model in _PARTS
            for a in ("add", "change", "delete", "view")
        ),
        "view_author",
        "view_correctionnote",
        "view_editorialcomment",
        "view_topic",
        "view_tag",
        # Changing an image shown in a published article is for Editors
        # (ImageAdmin.has_change_permission).
        "add_image",
        "change_image",
        "view_image",
    ],
}
_EDITOR = {
    "articles": [
        *_WRITER["articles"],
        "delete_article",
        "publish_article",
        "add_author",
        "change_author",
        *(f"{a}_correctionnote" for a in ("add", "change", "delete")),
        "add_editorialcomment",
        "view_slugredirect",
        "delete_slugredirect",
        *(
            f"{a}_{model}"
            for model in ("topic", "tag")
            for a in ("add", "change", "delete")
        ),
        "delete_image",
    ],
    # Editors see locked-out sign-ins and unlock them (by deleting them).
    "axes": ["view_accessattempt", "delete_accessattempt"],
}
ROLES = {WRITERS: _WRITER, EDITORS: _EDITOR}


def apply_roles(using="default", **kwargs):
    """Create the role groups and give each exactly its permissions (a
    ``post_migrate`` receiver: live models, never a migration's)."""
    for app_label in {label for role in ROLES.values() for label in role}:
        create_permissions(apps.get_app_config(app_label), verbosity=0, using=using)
    for name, grants in ROLES.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        wanted = Permission.objects.using(using).none()
        for app_label, codenames in grants.items():
            wanted |= Permission.objects.using(using).filter(
                content_type__app_label=app_label, codename__in=codenames
            )
        group.permissions.set(wanted)


def role_members_are_staff(sender, instance, action, reverse, pk_set, **kwargs):
    """A user put in a role can sign in to the admin (Django asks for "staff
    status", which an editor adding someone to Writers easily forgets)."""
    if action != "post_add" or not pk_set:
        return
    User = get_user_model()
    if reverse:  # group.user_set.add(...)
        if instance.name in ROLES:
            User.objects.filter(pk__in=pk_set, is_staff=False).update(is_staff=True)
    elif Group.objects.filter(pk__in=pk_set, name__in=ROLES).exists():
        User.objects.filter(pk=instance.pk).update(is_staff=True)
        instance.is_staff = True
