#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session bus with its own gnome-keyring Secret Service, unlocked, whose
# keyrings live in a temporary folder that is removed afterwards. Works as root on a machine without a desktop
# session (CI); the developer's own keyring is never touched. Exits with COMMAND's status.
set -eu

if [ -z "${CASEDESK_KEYRING_SESSION:-}" ]; then
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-keyring.sh: $tool is missing (./dev installs dbus and gnome-keyring)" >&2
            exit 1
        fi
    done
    CASEDESK_KEYRING_SESSION=1 exec dbus-run-session -- sh "$0" "$@"
fi

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-keyring.XXXXXX")
keyring_pid=
cleanup() {
    # The daemon usually leaves with the session bus, but not if the bus went before it had joined: stop it.
    if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$keyring_home"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$keyring_home/run" "$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run" XDG_DATA_HOME="$keyring_home/data"

# --unlock reads the login keyring's password on stdin and creates the keyring when it does not exist.
printf '%s' "casedesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

# Wait (up to 10 s) until the Secret Service is on the bus, and learn which process serves it.
tries=0
while [ -z "$keyring_pid" ]; do
    keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        awk '{ print $2 }')
    tries=$((tries + 1))
    if [ -z "$keyring_pid" ]; then
        if [ "$tries" -ge 100 ]; then
            echo "with-keyring.sh: the Secret Service did not appear on the session bus" >&2
            exit 1
        fi
        sleep 0.1
    fi
done

status=0
"$@" || status=$?
exit "$status"
