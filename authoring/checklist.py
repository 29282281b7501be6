"""Checklist packs: what a service standard must consider, as validated data.

A pack is a YAML file in ``checklists/`` (or a user folder) holding chapters of items; an
item may have sub-items and implementation methods. Ids are the source's own clause numbers
(``5.2``, ``5.6.1``), methods are ``<item>.<letter>`` (``5.2.a``). Each item and method carries
detection cues (words by which a real standard addresses it) and false friends (phrases that
look like a cue but are not).

Example:
    >>> packs = load_packs()
    >>> packs["excellence-guide"].item("5.2").title_zh
    '员工赋权和参与'
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from authoring import records, yamlio
from authoring._paths import data_dir
from authoring.errors import InputError
from authoring.records import InvalidData, Record, from_data, record, replace, to_data
from authoring.yamlio import line_of, load_yaml, quick_load, validate

ENV_VAR = "STDAUTHOR_CHECKLISTS"
CROSSWALK_FILE = "crosswalk.yaml"
#: The cache folder of validated packs and crosswalk files (see :func:`_validated`).
CACHE_KIND = "packs"

R = TypeVar("R", bound=Record)


@record(frozen=True)
class Cues(Record):
    """Words and phrases, in Chinese and English."""

    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        """Every cue in both languages."""
        return self.zh + self.en


@record(frozen=True)
class Method(Record):
    """An implementation method of an item (Annex A of the guide), lettered as printed."""

    id: str
    letter: str
    text_zh: str
    text_en: str = ""
    cues: Cues = Cues()


#: A repeated group holding a repetition: ``(a+)+``, ``(?:x*y)*``, ``(a|b+){2,}``.
_NESTED_REPEAT = re.compile(r"\((?:\?:)?[^()]*[*+}][^()]*\)[*+{]")


def _patterns_compile(patterns: Cues) -> None:
    """Every pattern is a regular expression that matches no empty text."""
    for pattern in patterns.all():
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r} is not a regular expression: {exc}") from None
        if compiled.match(""):
            raise ValueError(f"pattern {pattern!r} matches an empty text")
        if compiled.groupindex or re.search(r"\\[1-9]|\(\?P=", pattern):
            # the patterns are searched as one alternation of named groups
            raise ValueError(f"pattern {pattern!r} names a group or refers back to one")
        if _NESTED_REPEAT.search(pattern):
            # (a+)+ takes time exponential in the length of a line it nearly matches
            raise ValueError(f"pattern {pattern!r} repeats a group that itself repeats")


@record(frozen=True)
class Item(Record):
    """A consideration a standard should address."""

    id: str
    title_zh: str
    title_en: str = ""
    text_zh: str = ""
    text_en: str = ""
    points_zh: tuple[str, ...] = ()
    points_en: tuple[str, ...] = ()
    methods: tuple[Method, ...] = ()
    cues: Cues = Cues()
    #: Regular expressions that find what no word list can: a quantity (二十四小时内, 每学期,
    #: 2年以上) for 4.4's quantified indicators. Matched like cues, on the same normalised text
    #: (NFKC, case folded, no whitespace); each distinct match counts as a distinct cue.
    patterns: Cues = field(default=Cues(), metadata={"check": _patterns_compile})
    #: Words that make the item partial where none of its cues stands, and add nothing where one
    #: does: what readers call a touch of the item, never more (6.2: a convenience beyond the
    #: basic function, 就近, 一次性告知, is no design for delight). Patterns are weak the same way.
    weak_cues: Cues = Cues()
    #: What the weak cues alone find is not put to the learned doubt: where the place says the item in
    #: so few words that the likeness model cannot read it (5.2: 志愿者享有下列权利：, the lead-in of the
    #: article that gives the service's providers their rights, which readers call 5.2 addressed in all
    #: 21 texts of bench/real that have it; the doubt made 20 of those missing). Other items' weak words
    #: (6.2's 就近) stay doubted: exempting every item's gains 35 labels and loses 28 readers' missing ones.
    weak_undoubted: bool = False
    false_friends: Cues = Cues()
    #: What a place showing the item speaks of (chapter 7's items: 评价, 考核, evaluation): of the
    #: places the cues found, those holding one of these words are shown first. The verdict is the
    #: cues' alone; only the order of the evidence, whose first place a committee reads as the
    #: reason, changes (a staff member's 每年至少体检1次 is no evaluation, though 每年至少 is 7.3's cue).
    focus: Cues = Cues()
    children: tuple["Item", ...] = ()
    #: The item is what an 引言 is for (the sector's situation, the vision): text there counts
    #: in full for it, where for other items the 引言 motivates rather than provides.
    motivates: bool = False
    #: The score from which the item counts as covered (else the general 0.5): higher for items
    #: where a few words rarely make the item's central intent (4.4 "quantified indicators run
    #: through the text", 5.3 "principles only" is partial). Calibrated on the tune texts.
    covered_from: float | None = field(default=None, metadata={"gt": 0, "le": 1})
    #: Readers call the item covered wherever a text addresses it at all (6.3, the design of the
    #: service's elements: what nearly every service text is about), so what the cues or the
    #: likeness or its weak cues find of it makes it covered, not partial. Calibrated on bench/real.
    covered_when_addressed: bool = False
    #: Measured quantities (a number and its unit: 32 字节, 300 ms, 120 km/h, 15 天, 95 %): where one stands in
    #: :attr:`covered_from_places` of a text's clauses or more, an item the checker calls partial is covered (4.4,
    #: "quantified indicators run through the text", LABELLING.md). Regular expressions, checked as ``patterns``.
    spread: Cues = field(default=Cues(), metadata={"check": _patterns_compile})
    covered_from_places: int | None = field(default=None, metadata={"ge": 1})
    #: Words by which a text says it sets limit values (限值, 最高允许): in such a text a number standing alone in a place
    #: (a limits table's cell, its unit in the table's head: 单位：mg/L) counts as a measured quantity for
    #: :attr:`spread`.
    spread_limits: Cues = Cues()
    #: What a text is when it addresses the item in full by being it (6.4, 协议: a service-level agreement, 服务等级协议):
    #: where the text's title holds one of these, or the text speaks of itself as one (本服务级别协议, this SLA), an
    #: item the checker calls partial is covered.
    covered_when_named: Cues = Cues()
    #: What a text's title names when its whole subject is what the item asks (7.5, a text's impact on society and the
    #: environment: 污染物排放标准, 污染控制标准, 污染防治法): where the title holds one, an item the checker calls
    #: partial is covered. The title alone: a body's words (本标准规定了……污染物排放限值) may stand in any text.
    covered_when_titled: Cues = Cues()
    #: What an agreement between a provider and its customer calls itself (协议, 合同, 合约, read after 本: 本协议):
    #: where a text that is no GB/T 1.1 draft does so in :attr:`self_named_least` places or more, it is such an
    #: agreement, and an item the checker calls partial is covered (6.4: what provider and customer agree).
    covered_when_self_named: Cues = Cues()
    self_named_least: int | None = field(default=None, metadata={"ge": 1})
    #: The score from which the item counts as covered on a GB/T draft, where it asks more there than
    #: :data:`authoring.coverage.GBT_COVERED_FLOOR` (5.8: a standard's 监测, 审计 and 统计分析 are
    #: compliance monitoring, which readers call partial). Calibrated on the seen GB/T texts.
    gbt_covered_from: float | None = field(default=None, metadata={"gt": 0, "le": 1})
    #: A GB/T draft's 引言 tells its background, the sector's situation that the item asks for (4.1):
    #: an 引言 of some length touches the item, partial at least, where no cue reaches it.
    introduced: bool = False
    #: A regulation's purpose article (第一条 为了……) that says whom it serves and what they are to get
    #: (保障……权益, 满足……需求, 促进……发展) touches the item, partial at least, where no cue reaches it:
    #: the regulation's own word on its sector (4.1). See :data:`authoring.coverage.PURPOSE_STAKES`.
    purposed: bool = False
    #: Words of a heading that, in a GB/T draft, make the clause under it address the item where no cue
    #: reaches it (6.3: a chapter 评估流程 or 数据分类分级流程 lays out the process of what the standard
    #: governs, which readers call its design though no word of a service stands there).
    headings: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        """The title in ``lang`` (falls back to Chinese)."""
        return self.title_en if lang == "en" and self.title_en else self.title_zh

    def walk(self) -> Iterator["Item"]:
        """This item and its sub-items, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@record(frozen=True)
class Chapter(Record):
    """A chapter of the source grouping items (``5`` 服务提供需考虑因素)."""

    id: str
    title_zh: str
    title_en: str = ""
    items: tuple[Item, ...]

    def title(self, lang: str) -> str:
        """The title in ``lang`` (falls back to Chinese)."""
        return self.title_en if lang == "en" and self.title_en else self.title_zh


def _ids_unique(chapters: tuple[Chapter, ...]) -> None:
    """Every item and method id once; a method's id its item's and its letter."""
    seen: set[str] = set()
    for chapter in chapters:
        for top in chapter.items:
            for item in top.walk():
                for key in (item.id, *(m.id for m in item.methods)):
                    if key in seen:
                        raise ValueError(f"duplicate id {key}")
                    seen.add(key)
                for method in item.methods:
                    if method.id != f"{item.id}.{method.letter}":
                        raise ValueError(
                            f"method id {method.id} should be {item.id}.{method.letter}"
                        )


@record(frozen=True)
class Checklist(Record):
    """A checklist pack."""

    id: str = field(metadata={"pattern": r"^[a-z0-9][a-z0-9.\-]*$"})
    title_zh: str
    title_en: str = ""
    source: str
    version: str = "1"
    description_zh: str = ""
    description_en: str = ""
    chapters: tuple[Chapter, ...] = field(metadata={"check": _ids_unique})

    def title(self, lang: str) -> str:
        """The title in ``lang`` (falls back to Chinese)."""
        return self.title_en if lang == "en" and self.title_en else self.title_zh

    def items(self) -> Iterator[Item]:
        """Every item of every chapter, sub-items included, in document order."""
        for chapter in self.chapters:
            for top in chapter.items:
                yield from top.walk()

    def methods(self) -> Iterator[tuple[Item, Method]]:
        """Every method with the item it belongs to."""
        for item in self.items():
            for method in item.methods:
                yield item, method

    def item(self, item_id: str) -> Item:
        """The item with id ``item_id``; ``KeyError`` if there is none."""
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def chapter_of(self, item_id: str) -> Chapter:
        """The chapter holding item ``item_id``."""
        for chapter in self.chapters:
            for top in chapter.items:
                if any(i.id == item_id for i in top.walk()):
                    return chapter
        raise KeyError(item_id)

    def ids(self) -> set[str]:
        """Every item and method id."""
        out = {item.id for item in self.items()}
        out.update(method.id for _, method in self.methods())
        return out


@record(frozen=True)
class Crosswalk(Record):
    """Links from the items of one pack to the items of another."""

    source: str
    target: str
    links: dict[str, tuple[str, ...]]


@record(frozen=True)
class CrosswalkFile(Record):
    """The ``crosswalk.yaml`` file: a list of crosswalks."""

    crosswalks: tuple[Crosswalk, ...]


@record(frozen=True)
class Library(Record):
    """All loaded packs, keyed by id, with the crosswalks between them."""

    packs: dict[str, Checklist]
    crosswalks: tuple[Crosswalk, ...] = ()
    files: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, pack_id: str) -> Checklist:
        return self.packs[pack_id]

    def __contains__(self, pack_id: object) -> bool:
        return pack_id in self.packs

    def get(self, pack_id: str, *, path: str | Path | None = None, line: int | None = None) -> Checklist:
        """The pack ``pack_id``, or a clear error listing the packs there are.

        ``path`` and ``line`` say where ``pack_id`` was written (a project file), for the error.
        """
        try:
            return self.packs[pack_id]
        except KeyError:
            known = "、".join(sorted(self.packs))
            raise InputError(
                f"没有名为 {pack_id} 的检查清单（可用：{known}）",
                f"no checklist named {pack_id} (available: {', '.join(sorted(self.packs))})",
                path=path, line=line,
            ) from None

    def related(self, pack_id: str, item_id: str) -> dict[str, tuple[str, ...]]:
        """Items of other packs linked to ``item_id`` of ``pack_id``, keyed by pack id."""
        out: dict[str, tuple[str, ...]] = {}
        for walk in self.crosswalks:
            if walk.source == pack_id and item_id in walk.links:
                out[walk.target] = walk.links[item_id]
        return out


def _quick(path: str | Path) -> Any | None:
    """The quick loader's data for ``path``. A ``quick_load`` replaced in this module (how the
    tests force the round-trip loader) is called as it is."""
    return quick_load(path)


def parse_checklist(data: Any) -> Checklist:
    """A pack from plain data (a mapping as the YAML holds it), validated:
    ``pydantic.ValidationError`` when it is not a pack."""
    from authoring._schema import validate_record

    return validate_record(Checklist, data)


def load_checklist(path: str | Path) -> Checklist:
    """Load and validate one pack file.

    A pack validated before comes from the cache of validated packs (see :func:`_validated`).
    Otherwise the quick loader's data is validated, and a file that fails is read again by the
    round-trip loader for the error's line, so errors are the same with or without a cache.
    """
    return _validated(Path(path), Checklist, _parse_checklist)


def _parse_checklist(path: Path) -> Checklist:
    quick = _quick(path)
    if isinstance(quick, dict):
        from pydantic import ValidationError

        try:
            return parse_checklist(quick)
        except ValidationError:
            pass  # read it again below for the error's line
    data, _ = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError("检查清单应为一个 YAML 映射", "a checklist must be a YAML mapping", path=path)
    try:
        return validate(Checklist, data, path)
    except InputError as exc:
        if exc.line is None:
            exc.line = line_of(data, ("chapters",))
        raise


# -- the cache of validated packs ----------------------------------------------------------------
#
# Every start of ``stdauthor check`` needs the packs. A pack file validated once is kept in the
# user's cache folder as plain data (the JSON form of the record, :func:`records.to_data`), in
# the entries of :mod:`authoring.yamlio`'s cache, under a key made of the file's bytes, of what
# the YAML loaders are (:func:`yamlio.cache_key`) and of the code that validated it: this module,
# the records, the derived schemas and the installed pydantic. An entry is used only when it is
# sound (header, key and digest) and when :func:`records.from_data` rebuilds the record from it,
# which checks every field's type and every constraint again; anything else is validated anew
# and written back. So a warm start reads no YAML and imports no pydantic, and a pack that is
# wrong is never cached: its error is the same with or without a cache.


@lru_cache(maxsize=1)
def _code_fingerprint() -> bytes:
    """What besides the YAML loaders decides what a pack file validates to."""
    parts = []
    here = Path(__file__)
    for source in (here, Path(records.__file__), here.with_name("_schema.py")):
        try:
            parts.append(source.read_bytes())
        except OSError:
            parts.append(str(source).encode())
    for package, name in (("pydantic", "version.py"), ("pydantic_core", "__init__.py")):
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            spec = None
        for location in (spec.submodule_search_locations or []) if spec else []:
            try:
                st = (Path(location) / name).stat()
            except OSError:
                continue
            parts.append(f"{location}/{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return b"\0".join(parts)


def _validated(path: Path, cls: type[R], parse: Callable[[Path], R]) -> R:
    """``parse(path)`` (which validates the file as a ``cls``), through the cache of validated packs."""
    if quick_load is not yamlio.quick_load or not yamlio.cache_enabled():
        return parse(path)
    try:
        # Bounded as every YAML read is: a FIFO or a link to /dev/zero among the packs would hang or fill the memory.
        raw = yamlio.read_bounded(path)
    except InputError:
        return parse(path)  # which refuses it in the same one line
    key = yamlio.cache_key(raw, _code_fingerprint())
    found, data = yamlio.read_cached(CACHE_KIND, key)
    if found:
        try:
            return from_data(cls, data)
        except InvalidData:
            pass  # not what this code writes: validate the file again
    value = parse(path)
    yamlio.write_cached(CACHE_KIND, key, to_data(value))
    return value


def default_dirs() -> list[Path]:
    """The bundled folder, then folders from ``STDAUTHOR_CHECKLISTS`` (os.pathsep-separated)."""
    dirs = [data_dir("checklists")]
    extra = os.environ.get(ENV_VAR, "")
    dirs.extend(Path(part) for part in extra.split(os.pathsep) if part.strip())
    return dirs


def _pack_files(place: Path) -> list[Path]:
    """The YAML files of a ``--checklists`` folder, or the one pack file given instead."""
    if place.is_dir():
        return sorted(place.glob("*.y*ml"))
    if place.is_file() and place.suffix.lower() in (".yaml", ".yml"):
        return [place]
    if place.exists():
        raise InputError("不是检查清单文件夹，也不是 YAML 检查清单文件", "neither a checklist folder nor a YAML pack file",
                         path=place)
    raise InputError("检查清单文件夹不存在", "checklist folder not found", path=place)


def load_packs(extra_dirs: list[str | Path] | None = None) -> Library:
    """Load every pack of the bundled folder, ``STDAUTHOR_CHECKLISTS`` and ``extra_dirs``.

    A user pack with the id of a bundled one replaces it. Crosswalk files are checked for
    dangling ids against the loaded packs; links into a pack that a later folder replaced are
    dropped where the replacement lacks their ids (the crosswalk was written for the original).
    """
    dirs = default_dirs() + [Path(d) for d in (extra_dirs or [])]
    packs: dict[str, Checklist] = {}
    files: dict[str, str] = {}
    walk_files: list[Path] = []
    replaced: set[str] = set()
    for folder in dirs:
        for path in _pack_files(folder):
            if path.name == CROSSWALK_FILE:
                walk_files.append(path)
                continue
            pack = load_checklist(path)
            if pack.id in files and Path(files[pack.id]).parent == path.parent:
                raise InputError(
                    f"检查清单 id {pack.id} 与 {files[pack.id]} 重复",
                    f"checklist id {pack.id} duplicates {files[pack.id]}",
                    path=path, line=1,
                )
            if pack.id in files:
                replaced.add(pack.id)
            packs[pack.id] = pack
            files[pack.id] = str(path)
    crosswalks: list[Crosswalk] = []
    for path in walk_files:
        foreign = {pid for pid in replaced if Path(files[pid]).parent != path.parent}
        crosswalks.extend(_load_crosswalks(path, packs, foreign))
    return Library(packs=packs, crosswalks=tuple(crosswalks), files=files)


def _load_crosswalks(path: Path, packs: dict[str, Checklist], foreign: set[str]) -> list[Crosswalk]:
    """The crosswalks of ``path``; ``foreign`` packs replace the ones it was written for."""
    try:
        return _crosswalks(_validated(path, CrosswalkFile, _parse_crosswalks), None, path, packs, foreign)
    except InputError:
        pass  # read it again below: the round-trip data knows the error's line
    data, _ = load_yaml(path)
    return _crosswalks(validate(CrosswalkFile, data, path), data, path, packs, foreign)


def _parse_crosswalks(path: Path) -> CrosswalkFile:
    quick = _quick(path)
    if quick is None:
        quick, _ = load_yaml(path)
    return validate(CrosswalkFile, quick, path)


def _crosswalks(parsed: CrosswalkFile, data: Any, path: Path, packs: dict[str, Checklist],
                foreign: set[str]) -> list[Crosswalk]:
    """The crosswalks of ``parsed`` checked against ``packs``; ``data`` is the file's round-trip
    data for the lines of errors (None: no lines)."""
    out: list[Crosswalk] = []
    for index, walk in enumerate(parsed.crosswalks):
        for side in (walk.source, walk.target):
            if side not in packs:
                line = line_of(data, ("crosswalks", index))
                raise InputError(
                    f"对照表引用了不存在的检查清单 {side}",
                    f"crosswalk refers to unknown checklist {side}",
                    path=path, line=line,
                )
        source_ids, target_ids = packs[walk.source].ids(), packs[walk.target].ids()
        links: dict[str, tuple[str, ...]] = {}
        for key, targets in walk.links.items():
            if walk.source in foreign and key not in source_ids:
                continue
            if walk.target in foreign:
                targets = tuple(t for t in targets if t in target_ids)
                if not targets:
                    continue
            bad = [key] if key not in source_ids else [t for t in targets if t not in target_ids]
            if bad:
                line = line_of(data, ("crosswalks", index, "links", key))
                raise InputError(
                    f"对照表中的 id {bad[0]} 不存在",
                    f"crosswalk id {bad[0]} does not exist",
                    path=path, line=line,
                )
            links[key] = targets
        out.append(replace(walk, links=links))
    return out
