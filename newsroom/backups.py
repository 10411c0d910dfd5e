"""Backups: the database and the uploaded media in one .tar.gz archive.

The database is copied first, as one consistent snapshot while the site keeps
running (SQLite's online backup API, or ``pg_dump``), then the media files, so
every file a row of the snapshot names is in the archive. ``restore`` puts
both back into an empty database and media folder.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.utils import timezone

FORMAT = 1
DUMPS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """Something the person running the backup or restore must fix."""


def media_root():
    """The local media folder, or None when uploads live elsewhere (S3…)."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(default_storage.location)
    return None


def postgres_command(program, *args):
    params = connection.settings_dict
    command = [program, "--no-password"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if params.get(key):
            command += [flag, str(params[key])]
    env = os.environ.copy()
    if params.get("PASSWORD"):
        env["PGPASSWORD"] = params["PASSWORD"]
    for option, variable in (("sslmode", "PGSSLMODE"),):
        if params.get("OPTIONS", {}).get(option):
            env[variable] = params["OPTIONS"][option]
    return [*command, *args, "--dbname", params["NAME"]], env


def run(command, env):
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise BackupError(
            f"{command[0]} is not installed: install the PostgreSQL client "
            "(Debian: apt-get install postgresql-client)"
        ) from None
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()}") from None


def dump_database(folder):
    vendor = connection.vendor
    if vendor not in DUMPS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}")
    target = Path(folder) / DUMPS[vendor]
    if vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
    else:
        command, env = postgres_command(
            "pg_dump", "--format=custom", "--no-owner", "--no-privileges"
        )
        run([*command, "--file", str(target)], env)
    return target


def backup(path):
    """Write the archive to ``path``; return what it holds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    media = media_root()
    with tempfile.TemporaryDirectory() as folder:
        dump = dump_database(folder)
        files = (
            sorted(p for p in media.rglob("*") if p.is_file())
            if media and media.is_dir()
            else []
        )
        manifest = {
            "format": FORMAT,
            "vendor": connection.vendor,
            "created_at": timezone.now().isoformat(),
            "media_files": len(files),
        }
        manifest_path = Path(folder) / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2))
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(manifest_path, "manifest.json")
            archive.add(dump, dump.name)
            for file in files:
                archive.add(file, f"media/{file.relative_to(media).as_posix()}")
        partial.replace(path)  # never a half-written archive under the real name
    return manifest


def what_is_there():
    """Articles and users already in the database, and files in the media."""
    found = []
    tables = set(connection.introspection.table_names())
    for table, label in (("articles_article", "articles"), ("auth_user", "users")):
        if table in tables:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT COUNT(*) FROM {table}")  # our two names
                count = cursor.fetchone()[0]
            if count:
                found.append(f"{count} {label if count > 1 else label[:-1]}")
    media = media_root()
    if media and media.is_dir() and any(p.is_file() for p in media.rglob("*")):
        found.append(f"files in {media}")
    return found


def restore(path, *, force=False):
    """Bring an archive back; refuse to overwrite content unless ``force``."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup file at {path}")
    with tempfile.TemporaryDirectory() as folder, tarfile.open(path) as archive:
        archive.extractall(folder, filter="data")
        folder = Path(folder)
        try:
            manifest = json.loads((folder / "manifest.json").read_text())
        except (OSError, ValueError):
            raise BackupError(f"{path} is not a Newsroom backup") from None
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path} has an unknown backup format")
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"{path} holds a {manifest['vendor']} database; this site uses "
                f"{connection.vendor}. Restore it into a {manifest['vendor']} "
                "database."
            )
        found = what_is_there()
        if found and not force:
            raise BackupError(
                f"The database is not empty ({', '.join(found)}): nothing was "
                "restored. Restore into an empty database, or replace "
                "everything in it with FORCE=1 (restore --force)."
            )
        load_database(folder / DUMPS[manifest["vendor"]])
        media = media_root()
        if (folder / "media").is_dir():
            if media is None:
                raise BackupError(
                    "The database was restored, but uploads are not stored in "
                    f"a local folder here: copy {path}'s media/ to the storage "
                    "yourself."
                )
            if force and media.is_dir():
                shutil.rmtree(media)
            shutil.copytree(folder / "media", media, dirs_exist_ok=True)
    # Pages cached before the restore are not true any more, in any cache.
    for alias in settings.CACHES:
        try:
            caches[alias].clear()
        except Exception:  # noqa: BLE001 - an unreachable cache holds nothing stale
            pass
    # Content type ids are the backup's now, not what this process cached.
    ContentType.objects.clear_cache()
    return manifest


def load_database(dump):
    connection.close()
    if connection.vendor == "sqlite":
        source = sqlite3.connect(dump)
        destination = sqlite3.connect(connection.settings_dict["NAME"])
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()
    else:
        command, env = postgres_command(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
        )
        run([*command, str(dump)], env)


def default_path():
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    return Path(settings.BASE_DIR) / "backups" / f"newsroom-{stamp}.tar.gz"
