#!/usr/bin/python3
"""Fills the unfinished messages of a .ts file from a JSON object {"source text": "translation", ...}.

The .ts files are the only source of translations: Qt Linguist edits them, `update_translations` adds new
source strings to them as unfinished, and this script fills such unfinished messages for whoever works without
Linguist. It never changes a finished translation (an edit made in Linguist stays), and says which unfinished
messages are still left. For a numerus message (%n) the value is a list of its forms (English: singular,
plural; Chinese: one form) or one string.

    /usr/bin/python3 translations/apply_translations.py translations/inferscope_zh_CN.ts new.json
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, table = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    tree = ET.parse(path)
    left = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text
        if source not in table:
            left.append(source)
            continue
        value = table[source]
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in left:
        print(f"still unfinished: {source!r}", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
