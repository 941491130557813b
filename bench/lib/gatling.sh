# Shared by the bench/ scripts that run Gatling simulations (bench/gatling) against the system deploy/local/up
# started. Source it after deploy/local/lib/common.sh; it expects ROOT, and for simulate the caller's run_id, output,
# warm_up_seconds, round_seconds and rounds.
LOCK=/tmp/fakebook-maven.lock
BENCH=$ROOT/bench/gatling

# refuse_lock SCRIPT: a child started while this shell holds the Maven lock would inherit it and keep it for its
# whole life.
refuse_lock() {
  if ls -l /proc/$$/fd 2>/dev/null | grep -q "$LOCK"; then
    die "run $1 without flock: it takes $LOCK itself around each Maven step"
  fi
}

# Who holds the lock, for the message when it does not come.
lock_holders() {
  local fd_dir
  for fd_dir in /proc/[0-9]*/fd; do
    ls -l "$fd_dir" 2>/dev/null | grep -q "$LOCK" || continue
    fd_dir=${fd_dir%/fd}
    printf '  pid %s: %s\n' "${fd_dir#/proc/}" "$(tr '\0' ' ' <"$fd_dir/cmdline" | cut -c1-120)"
  done
}

# -o: Maven and what it forks do not inherit the lock's descriptor, so nothing outlives the step holding it.
maven() {
  flock -o -E 99 -w 900 "$LOCK" "$ROOT/mvnw" -B -q -o -f "$BENCH/pom.xml" "$@" || {
    local status=$?
    if ((status == 99)); then
      lock_holders >&2
      die "$LOCK did not come within 15 minutes; it is held by the processes above"
    fi
    die "Maven failed (exit $status; output in $output)"
  }
}

# simulate CLASS CONCURRENCY [-Dname=value...]: runs one simulation, its output to $output/CLASS.log (or
# $output/$log_name.log when log_name is set); prints its BENCH lines (its figures).
simulate() {
  local class=$1 concurrency=$2
  shift 2
  local log_file=$output/${log_name:-$class}.log
  maven gatling:test -Dgatling.simulationClass="com.fakebook.bench.$class" -Dbench.runId="$run_id" \
    -Dbench.concurrency="$concurrency" -Dbench.warmUpSeconds="$warm_up_seconds" \
    -Dbench.roundSeconds="$round_seconds" -Dbench.rounds="$rounds" "$@" >"$log_file" 2>&1
  grep '^BENCH' "$log_file" || true
}

median() {
  sort -n | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# percentile FRACTION: nearest rank.
percentile() {
  sort -n | awk -v p="$1" '{ v[NR] = $1 }
    END { if (NR == 0) { print "-"; exit } r = int(p * NR); if (r < p * NR) r++; if (r < 1) r = 1; print v[r] }'
}
count_lines() { grep -c . || true; }
sum() { awk '{ s += $1 } END { print s + 0 }'; }
# field NAME: that key's value from "key=value" BENCH round lines on stdin.
field() { grep -o " $1=[^ ]*" | cut -d= -f2; }

# benchmark_login [login ID EMAIL PASSWORD]: a new user (or that one again) logged in through the gateway and straight
# at Keycloak (e2e-tests' BenchmarkLogin): sets SESSION, TOKEN (valid 5 minutes) and USER_ID, and for a new user EMAIL
# and PASSWORD (to log in again) and adds it to the caller's logged_in array, whose users the caller deletes at the
# end (benchmark_delete). Expects the caller's output directory.
e2e_classpath=
e2e_compiled() {
  if [[ -z $e2e_classpath ]]; then
    flock -o /tmp/fakebook-maven.lock "$ROOT/mvnw" -B -q -o -pl e2e-tests -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/e2e-tests/target/test-classpath.txt" \
      -Dspotless.check.skip=true >"$output/e2e-compile.log" 2>&1
    e2e_classpath="$ROOT/e2e-tests/target/test-classes:$(<"$ROOT/e2e-tests/target/test-classpath.txt")"
  fi
}
benchmark_login() {
  e2e_compiled
  eval "$(java -cp "$e2e_classpath" com.fakebook.e2e.BenchmarkLogin "$@" 2>/dev/null |
    grep -E '^(SESSION|TOKEN|USER_ID|EMAIL|PASSWORD)=')"
  if (($# == 0)); then
    logged_in+=("$USER_ID")
  fi
}
benchmark_delete() {
  e2e_compiled
  java -cp "$e2e_classpath" com.fakebook.e2e.BenchmarkLogin delete "$1" >/dev/null 2>&1
}
