#!/usr/bin/env bash
# Installs the system libraries Newsmill builds against, if any is missing (Debian/Ubuntu).
# Safe to run again: it checks first and installs only what is absent.
set -euo pipefail

packages=()
need() { # need PKG-CONFIG-NAME-OR-HEADER DEBIAN-PACKAGE
    case "$1" in
        /*) [ -e "$1" ] || packages+=("$2") ;;
        *) pkg-config --exists "$1" 2>/dev/null || packages+=("$2") ;;
    esac
}
command -v pkg-config >/dev/null 2>&1 || packages+=(pkg-config)
need /usr/include/zmq.h libzmq3-dev
need libarchive libarchive-dev
need libxml-2.0 libxml2-dev
need uchardet libuchardet-dev
need sqlite3 libsqlite3-dev
need /usr/include/cld2/public/compact_lang_det.h libcld2-dev
# libdeflate speeds up .warc.gz reading (loaded at run time when present; zlib is the fallback).
dpkg -s libdeflate0 >/dev/null 2>&1 || packages+=(libdeflate0)
for extra in "$@"; do
    dpkg -s "$extra" >/dev/null 2>&1 || packages+=("$extra")
done

if [ ${#packages[@]} -eq 0 ]; then
    echo "bootstrap: system libraries present"
    exit 0
fi
echo "bootstrap: installing ${packages[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "bootstrap: done"
