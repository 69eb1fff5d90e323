#!/bin/sh
h="$1"; b=$(echo "$h" | sed 's/^www\.//')
for f in /tmp/used-hosts.txt /tmp/w49/hosts-*.txt /tmp/w50/hosts-*.txt; do
  [ -f "$f" ] || continue
  if grep -qiE "^(www\.)?${b}$" "$f"; then echo "TAKEN in $f: $h"; exit 1; fi
done
echo "free: $h"
