# WebKitGTK for the tests: a virtual X display (Xvfb) and WebKitWebDriver on it, each on a free
# display or port, so that several runs can share a machine. Source this file, then:
#   nzc_webkit_driver_start   exports WEBKIT_WEBDRIVER_PORT (and DISPLAY for the driver only)
#   nzc_webkit_driver_stop    ends both; also run on exit by a trap that nzc_webkit_driver_start sets
# Needs nzc_other_engines (scripts/lib/bootstrap.sh) to have installed Debian's packages.

NZC_XVFB_PID=""
NZC_WEBKIT_DRIVER_PID=""
NZC_WEBKIT_DIR=""

nzc_webkit_driver_stop() {
  [ -n "$NZC_WEBKIT_DRIVER_PID" ] && kill "$NZC_WEBKIT_DRIVER_PID" 2>/dev/null && wait "$NZC_WEBKIT_DRIVER_PID" 2>/dev/null
  [ -n "$NZC_XVFB_PID" ] && kill "$NZC_XVFB_PID" 2>/dev/null && wait "$NZC_XVFB_PID" 2>/dev/null
  [ -n "$NZC_WEBKIT_DIR" ] && rm -rf "$NZC_WEBKIT_DIR"
  NZC_WEBKIT_DRIVER_PID="" NZC_XVFB_PID="" NZC_WEBKIT_DIR=""
  unset WEBKIT_WEBDRIVER_PORT
}

nzc_webkit_driver_start() {
  trap nzc_webkit_driver_stop EXIT
  NZC_WEBKIT_DIR="$(mktemp -d "${TMPDIR:-/tmp}/nzc-webkit-XXXXXX")"
  # Xvfb picks a free display itself and writes its number to the descriptor given.
  Xvfb -displayfd 3 -screen 0 1400x1000x24 -nolisten tcp 3>"$NZC_WEBKIT_DIR/display" 2>"$NZC_WEBKIT_DIR/xvfb.log" &
  NZC_XVFB_PID=$!
  local tries=0
  until [ -s "$NZC_WEBKIT_DIR/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$NZC_XVFB_PID" 2>/dev/null; then
      echo "Xvfb did not start: $(cat "$NZC_WEBKIT_DIR/xvfb.log")" >&2
      nzc_webkit_driver_stop
      return 1
    fi
    sleep 0.1
  done
  local display port
  display=":$(head -n1 "$NZC_WEBKIT_DIR/display")"
  port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
  DISPLAY="$display" WebKitWebDriver --port="$port" >"$NZC_WEBKIT_DIR/driver.log" 2>&1 &
  NZC_WEBKIT_DRIVER_PID=$!
  tries=0
  until node -e "fetch('http://127.0.0.1:$port/status').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ] || ! kill -0 "$NZC_WEBKIT_DRIVER_PID" 2>/dev/null; then
      echo "WebKitWebDriver did not start: $(cat "$NZC_WEBKIT_DIR/driver.log")" >&2
      nzc_webkit_driver_stop
      return 1
    fi
    sleep 0.2
  done
  export WEBKIT_WEBDRIVER_PORT="$port"
  nzc_log "WebKitWebDriver on port $port, display $display"
}
