#!/bin/sh
# Runs a command against a fresh, unlocked gnome-keyring (STACK.md, "QtKeychain (qt6) with no desktop session"):
#   dbus-run-session -- sh tests/sync/with-keyring.sh ./tst_secretstore
# A new HOME each run: an old login keyring with another password would answer AccessDenied.
set -eu

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no session bus; run it under dbus-run-session" >&2
    exit 2
fi

kc_home=$(mktemp -d "${TMPDIR:-/tmp}/hc-keyring.XXXXXX")
kc_pid=
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    if [ -n "$kc_pid" ]; then kill "$kc_pid" 2>/dev/null || true; fi
    rm -rf "$kc_home"
}
trap cleanup EXIT
# So the EXIT trap runs on ctest's timeout too.
trap 'exit 143' TERM
trap 'exit 130' INT

export HOME="$kc_home"
# Keep everything the daemon writes under the fresh HOME (the test scans it for plaintext).
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
mkdir -p "$HOME/.local/share/keyrings"
eval "$(printf '%s' "${KC_PASSWORD:-ci-password}" | gnome-keyring-daemon --unlock --components=secrets)"

# --unlock returns before the secrets component owns its bus name (a moment later): wait for it, or a
# first call would have the bus activate a second daemon. The owner's pid lets the daemon be stopped afterwards.
secrets_pid() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        awk '/uint32/ { print $2 }'
}
tries=0
while [ -z "$kc_pid" ] && [ "$tries" -lt 100 ]; do
    kc_pid=$(secrets_pid) || kc_pid=
    [ -n "$kc_pid" ] || sleep 0.1
    tries=$((tries + 1))
done
if [ -z "$kc_pid" ]; then
    echo "with-keyring.sh: gnome-keyring-daemon did not claim org.freedesktop.secrets within 10 s" >&2
    exit 1
fi

# tst_secretstore runs its keychain cases only under this HOME.
export HC_TEST_KEYRING_HOME="$HOME"
set +e
"$@"
rc=$?
exit "$rc"
