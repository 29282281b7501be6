"""Edit ruamel round-trip data in place without moving or losing the comments around it.

ruamel attaches a comment that stands on its own line to the token *before* it: the comment
above item ``5.3`` belongs to the last value of item ``5.2``. Replacing that value, or
clearing the list that holds it, would lose the comment or print it in the wrong place.
So every edit here first detaches the comment at the tail of the enclosing mapping, makes
the change, and attaches the comment again to the new tail.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

__all__ = ["set_key", "set_list", "to_node"]


def _is_open_block(node: Any) -> bool:
    """True for a non-empty container written in block style (its tail is inside it)."""
    if isinstance(node, (CommentedMap, CommentedSeq)) and len(node):
        return not node.fa.flow_style()
    return False


def _pop_tail(node: Any) -> Any:
    """Detach and return the comment token at the very end of ``node`` (or ``None``)."""
    if isinstance(node, CommentedMap) and len(node):
        last = list(node.keys())[-1]
        if _is_open_block(node[last]):
            return _pop_tail(node[last])
        slot = node.ca.items.get(last)
        if slot and len(slot) > 2 and slot[2] is not None:
            token, slot[2] = slot[2], None
            return token
    elif isinstance(node, CommentedSeq) and len(node):
        last = len(node) - 1
        if _is_open_block(node[last]):
            return _pop_tail(node[last])
        slot = node.ca.items.get(last)
        if slot and slot[0] is not None:
            token, slot[0] = slot[0], None
            return token
    return None


def _put_tail(node: Any, token: Any) -> None:
    """Attach ``token`` at the very end of ``node``."""
    if token is None:
        return
    if isinstance(node, CommentedMap) and len(node):
        last = list(node.keys())[-1]
        if _is_open_block(node[last]):
            _put_tail(node[last], token)
            return
        slot = node.ca.items.setdefault(last, [None, None, None, None])
        slot[2] = token
    elif isinstance(node, CommentedSeq) and len(node):
        last = len(node) - 1
        if _is_open_block(node[last]):
            _put_tail(node[last], token)
            return
        slot = node.ca.items.setdefault(last, [None, None, None, None])
        slot[0] = token


def to_node(value: Any) -> Any:
    """Plain dicts and lists as ruamel containers in block style (empty lists as ``[]``)."""
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = to_node(item)
        return out
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(to_node(item) for item in value)
        if seq:
            seq.fa.set_block_style()
        else:
            seq.fa.set_flow_style()
        return seq
    return value


def set_key(mapping: CommentedMap, key: str, value: Any, *, after: tuple[str, ...] = ()) -> None:
    """Set ``mapping[key]``, keeping comments in place.

    A new key goes right after the last of ``after`` that the mapping has (so keys keep a
    sensible order), or at the end.
    """
    tail = _pop_tail(mapping)
    node = to_node(value)
    if key in mapping:
        old = mapping[key]
        if isinstance(old, CommentedSeq) and isinstance(node, CommentedSeq):
            _refill(old, node)
        else:
            mapping[key] = node
    else:
        keys = list(mapping.keys())
        positions = [keys.index(k) + 1 for k in after if k in keys]
        mapping.insert(max(positions) if positions else len(keys), key, node)
    _put_tail(mapping, tail)


def set_list(mapping: CommentedMap, key: str, values: list[Any], *, after: tuple[str, ...] = ()) -> None:
    """Set a list value; alias of :func:`set_key` that reads better at call sites."""
    set_key(mapping, key, list(values), after=after)


def _refill(old: CommentedSeq, new: CommentedSeq) -> None:
    # Refill the existing sequence so comments on the key itself (the line ``provisions:``)
    # stay where they are; drop per-item comments, whose items are gone.
    del old[:]
    old.ca.items.clear()
    old.extend(new)
    if len(old):
        old.fa.set_block_style()
    else:
        old.fa.set_flow_style()
