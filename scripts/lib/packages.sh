# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/run and scripts/test: the Debian packages Mailscout needs, and how to get them.

# Building: compiler, CMake, Qt 6 with its tools, GNU SASL (login mechanisms), libpsl (registrable domains).
MAILSCOUT_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-svg-dev libgl1-mesa-dev
    libssl-dev libgsasl-dev libpsl-dev publicsuffix
)
# Testing: the real mail servers and DNS server the suite starts on loopback (or in a network namespace
# of its own), the mail clients that prove the exports, and the validators the tests call.
MAILSCOUT_TEST_PACKAGES=(
    dovecot-imapd dovecot-pop3d postfix openssl dnsmasq-base iproute2 util-linux
    msmtp isync fetchmail neomutt libxml2-utils bind9-utils python3 python3-yaml
    dpkg-dev lintian desktop-file-utils appstream poppler-utils fonts-dejavu-core
    iptables
)

# Installs the packages of the given lists that are missing, and only those. Quiet; says what it installs.
# Postfix must not ask questions or start a system-wide service: the tests run private instances.
mailscout_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod +x "$policy"
        created_policy=1
    fi
    local rc=0
    { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
        >/tmp/mailscout-apt.log 2>&1 || rc=$?
    [ "$created_policy" -eq 1 ] && "${sudo[@]}" rm -f "$policy"
    if [ "$rc" -ne 0 ]; then
        tail -n 20 /tmp/mailscout-apt.log >&2
        echo "Package installation failed (full log: /tmp/mailscout-apt.log)" >&2
        return "$rc"
    fi
}
