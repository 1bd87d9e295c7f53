# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by ./shiftlens and ./shiftlens-test: finds a JDK 25 and Maven, or says what to install.
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  :
else
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/*25*; do
    if [[ -x "$candidate/bin/java" ]]; then JAVA_HOME="$candidate"; break; fi
  done
  if [[ -z "$JAVA_HOME" ]]; then
    cat >&2 <<'MSG'
shiftlens: no JDK 25 found (looked at $JAVA_HOME and /usr/lib/jvm/*25*).
  Install one, e.g. Temurin 25: https://adoptium.net/temurin/releases/?version=25
  (Debian/Ubuntu: add the Adoptium apt repository, then `apt-get install temurin-25-jdk`),
  or point JAVA_HOME at a JDK 25 and run again.
MSG
    exit 2
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
if ! command -v mvn >/dev/null 2>&1; then
  echo "shiftlens: Maven 3.8+ is needed to build (Debian/Ubuntu: apt-get install maven)." >&2
  exit 2
fi
