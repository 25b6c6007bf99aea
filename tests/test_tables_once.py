"""The office's tables (knowledge/*.yaml) name each key once: YAML keeps the last of two
silently, so a second entry added for the same shorthand or word hides the first."""

from pathlib import Path

import pytest
import yaml

TABLES = sorted((Path(__file__).parents[1] / "knowledge").glob("*.yaml"))


class _OnceLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping naming a key twice."""


def _mapping_once(loader: _OnceLoader, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(key) for key, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(
            None, None, f"named twice: {twice}", node.start_mark
        )
    return loader.construct_mapping(node)


_OnceLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_once)


@pytest.mark.parametrize("table", TABLES, ids=[t.name for t in TABLES])
def test_a_table_names_each_key_once(table: Path) -> None:
    yaml.load(table.read_text(encoding="utf-8"), Loader=_OnceLoader)


def test_a_key_named_twice_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="yc"):
        yaml.load("yc: yêu cầu\nyc: yêu cầu\n", Loader=_OnceLoader)
