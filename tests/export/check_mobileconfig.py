# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a .mobileconfig against Apple's device-management key definitions (apple/device-management YAML).

Usage: check_mobileconfig.py PROFILE SCHEMA_DIR
Loads the profile with plistlib, then checks the top level against TopLevel.yaml and every payload against
CommonPayloadKeys.yaml plus the YAML of its PayloadType: no unknown keys, required keys present, types and
listed values (rangelist) as defined. Prints one line per problem; exit status 1 when there is any.
"""
import datetime
import plistlib
import sys

import yaml

TYPES = {
    "<string>": str, "<integer>": int, "<boolean>": bool, "<array>": list, "<dictionary>": dict,
    "<data>": bytes, "<date>": datetime.datetime, "<real>": float,
}


def keys_of(path):
    with open(path, encoding="utf-8") as f:
        return {k["key"]: k for k in yaml.safe_load(f)["payloadkeys"]}


def has_type(value, type_name):
    if type_name == "<any>":
        return True
    expected = TYPES[type_name]
    # bool is a subclass of int in Python; an <integer> must not be a <true/>.
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def check(where, dictionary, definitions, problems):
    for key, value in dictionary.items():
        definition = definitions.get(key)
        if definition is None:
            problems.append(f"{where}: unknown key {key}")
            continue
        if not has_type(value, definition["type"]):
            problems.append(f"{where}: {key} should be {definition['type']}, is {type(value).__name__}")
        allowed = definition.get("rangelist")
        if allowed is not None and value not in allowed:
            problems.append(f"{where}: {key} = {value!r} is not one of {allowed}")
    for key, definition in definitions.items():
        if definition.get("presence") == "required" and key not in dictionary:
            problems.append(f"{where}: required key {key} is missing")


def main():
    profile_path, schema_dir = sys.argv[1], sys.argv[2]
    with open(profile_path, "rb") as f:
        profile = plistlib.load(f)
    problems = []
    check("profile", profile, keys_of(f"{schema_dir}/TopLevel.yaml"), problems)
    common = keys_of(f"{schema_dir}/CommonPayloadKeys.yaml")
    for index, payload in enumerate(profile.get("PayloadContent", [])):
        payload_type = payload.get("PayloadType")
        definitions = dict(common)
        definitions.update(keys_of(f"{schema_dir}/{payload_type}.yaml"))
        check(f"payload {index} ({payload_type})", payload, definitions, problems)
    for problem in problems:
        print(problem)
    if not problems:
        print("OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
