#!/usr/bin/env python3
"""Developer helper for Qt Linguist files after `cmake --build --target update_translations`.

  scripts/ts-fill.py --source-as-translation translations/onewindow_ui_en.ts
      English is the source language: every unfinished entry gets its source text.
  scripts/ts-fill.py translations/onewindow_ui_zh_CN.ts < pairs.tsv
      Applies "context<TAB>source<TAB>translation" lines (\\n escapes allowed) to unfinished
      entries; prints the entries still unfinished so nothing is missed.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main():
    args = sys.argv[1:]
    copy_source = "--source-as-translation" in args
    paths = [a for a in args if not a.startswith("--")]
    pairs = {}
    if not copy_source:
        for line in sys.stdin.read().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            ctx, src, tr = line.split("\t")
            pairs[(ctx, unescape(src))] = unescape(tr)
    for path in paths:
        tree = ET.parse(path)
        root = tree.getroot()
        plural_forms = 1 if root.get("language", "").startswith("zh") else 2
        missing = []
        for context in root.iter("context"):
            cname = context.findtext("name")
            for msg in context.iter("message"):
                src = msg.findtext("source")
                tr = msg.find("translation")
                if tr is None or tr.get("type") not in ("unfinished",):
                    continue
                text = src if copy_source else pairs.get((cname, src), pairs.get(("*", src)))
                if text is None:
                    missing.append(f"{cname}\t{src!r}")
                    continue
                del tr.attrib["type"]
                if msg.get("numerus") == "yes":
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for _ in range(plural_forms):
                        ET.SubElement(tr, "numerusform").text = text
                else:
                    tr.text = text
        with open(path, "wb") as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding="utf-8", xml_declaration=False)
            f.write(b"\n")
        for m in missing:
            print(f"{path}: unfinished: {m}", file=sys.stderr)


if __name__ == "__main__":
    main()
