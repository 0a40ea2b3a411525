#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session bus with its own gnome-keyring Secret Service, unlocked, whose
# keyrings live in a temporary folder that is removed afterwards. Works as root on a machine without a desktop
# session (CI); the developer's own keyring is never touched. Exits with COMMAND's status.
set -eu

if [ -z "${CASEDESK_KEYRING_SESSION:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-keyring.sh: $tool is missing (./dev installs dbus and gnome-keyring)" >&2
            exit 1
        fi
    done
    CASEDESK_KEYRING_SESSION=1 exec dbus-run-session -- sh "$0" "$@"
fi

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT INT TERM
mkdir -m 700 "$keyring_home/run" "$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run" XDG_DATA_HOME="$keyring_home/data"

# --unlock reads the login keyring's password on stdin and creates the keyring when it does not exist. The
# daemon leaves with the session bus, when COMMAND ends.
printf '%s' "casedesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

status=0
"$@" || status=$?
exit "$status"
