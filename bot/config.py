"""Settings: YAML for configuration, environment variables for secrets, validated in one place."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from bot import messages

_log = logging.getLogger(__name__)

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
CONFIG_ENVIRONMENT_VARIABLE = "NEWSBOT_CONFIG"


class ConfigurationError(Exception):
    """Raised when the configuration file or a required secret is missing or invalid."""


@dataclass(frozen=True)
class SlackSettings:
    """Slack adapter settings (tokens come only from the environment)."""

    mode: str = "socket"  # "socket" or "http"
    port: int = 3000
    ephemeral_by_default: bool = True
    items_per_message: int = 5


@dataclass(frozen=True)
class DiscordSettings:
    """Discord adapter settings (the token comes only from the environment)."""

    test_guild_id: int | None = None
    items_per_page: int = 3


@dataclass(frozen=True)
class Settings:
    """Everything configurable about the bot. Paths are absolute after :func:`load_settings`."""

    corpus_dir: Path = REPOSITORY_ROOT / "seeds"
    cache_dir: Path = REPOSITORY_ROOT / ".cache"
    glossary_file: Path | None = None  # default: <corpus_dir>/glossary.yaml
    metadata_file: Path | None = None  # default: <corpus_dir>/metadata.yaml
    max_query_chars: int = 300
    items_per_page: int = 5
    watch_interval_seconds: float = 30.0  # how often a running bot checks the corpus folder; 0: never
    log_level: str = "INFO"
    slack: SlackSettings = field(default_factory=SlackSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)

    @property
    def glossary_path(self) -> Path:
        """The English→German glossary file in effect."""
        return self.glossary_file or self.corpus_dir / "glossary.yaml"

    @property
    def metadata_path(self) -> Path:
        """The per-article metadata file in effect."""
        return self.metadata_file or self.corpus_dir / "metadata.yaml"


def _section(cls: type, raw: Any, name: str) -> Any:
    if raw is None:
        return cls()
    if not isinstance(raw, dict):
        raise ConfigurationError(f"'{name}' must be a mapping")
    known = {f.name for f in fields(cls)}
    unknown = set(raw) - known
    if unknown:
        raise ConfigurationError(f"unknown keys in '{name}': {', '.join(sorted(unknown))}")
    return cls(**raw)


def _from_cwd(key: str, value: Any) -> Any:
    """A path given on the command line (``*_dir``, ``*_file``), made absolute against the current folder."""
    return Path(value).expanduser().resolve() if key.endswith(("_dir", "_file")) else value


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Load settings from a YAML file, the ``NEWSBOT_CONFIG`` variable, or defaults.

    Args:
        path: the YAML file; when ``None``, ``$NEWSBOT_CONFIG`` is used if set.
        **overrides: top-level settings that win over the file (e.g. ``corpus_dir``); relative
            paths among them are relative to the current folder, like any command-line path
            (relative paths in the file are relative to the file).

    Returns:
        Validated :class:`Settings` with absolute paths.

    Raises:
        ConfigurationError: if the file cannot be read or holds unknown or ill-typed keys.
    """
    path = path or os.environ.get(CONFIG_ENVIRONMENT_VARIABLE)
    raw: dict[str, Any] = {}
    base = Path.cwd()
    if path:
        config_path = Path(path)
        try:
            raw = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise ConfigurationError(messages.text("E004", path=config_path, problem=error)) from error
        if not isinstance(raw, dict):
            raise ConfigurationError(messages.text("E004", path=config_path, problem="not a mapping"))
        base = config_path.resolve().parent
    try:
        slack = _section(SlackSettings, raw.pop("slack", None), "slack")
        discord = _section(DiscordSettings, raw.pop("discord", None), "discord")
        settings = _section(Settings, raw, "settings")
    except (TypeError, ConfigurationError) as error:
        raise ConfigurationError(messages.text("E004", path=path, problem=error)) from error
    settings = replace(settings, slack=slack, discord=discord)
    settings = replace(settings, **{k: _from_cwd(k, v) for k, v in overrides.items() if v is not None})

    def absolute(value: Path | str | None) -> Path | None:
        if value is None:
            return None
        value = Path(value).expanduser()
        return value if value.is_absolute() else (base / value).resolve()

    return replace(
        settings,
        corpus_dir=absolute(settings.corpus_dir),
        cache_dir=absolute(settings.cache_dir),
        glossary_file=absolute(settings.glossary_file),
        metadata_file=absolute(settings.metadata_file),
    )


def require_secret(name: str, purpose: str) -> str:
    """Return the secret in environment variable ``name``; never log its value.

    Raises:
        ConfigurationError: naming the variable, when it is unset or empty.
    """
    value = os.environ.get(name, "").strip()
    if not value:
        raise ConfigurationError(messages.text("E003", name=name, purpose=purpose))
    return value
