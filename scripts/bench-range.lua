-- wrk script for scripts/bench-range.sh: GET the recording with a random single Range of CHUNK_BYTES each time.
-- Env: FILE_BYTES (the file's size), CHUNK_BYTES (default 1048576), TARGET_PATH (the recording's path).
-- Prints one "RANGE_DONE" line with the bytes read and the duration, which the shell script turns into MB/s.
-- No response() callback: defining one makes wrk hand every 1 MB body to Lua, which would measure Lua, not the
-- server. Status codes other than 2xx are still counted by wrk ("Non-2xx or 3xx responses").
local size = tonumber(os.getenv("FILE_BYTES"))
local chunk = tonumber(os.getenv("CHUNK_BYTES") or "1048576")
local target = os.getenv("TARGET_PATH")
local threads = 0

-- Runs in wrk's main Lua state once per thread: give each thread its own repeatable seed.
function setup(thread)
  threads = threads + 1
  thread:set("seed", 20240601 + threads)
end

function init(args)
  math.randomseed(seed)
end

function request()
  local first = math.random(0, size - chunk)
  return wrk.format("GET", target, { ["Range"] = "bytes=" .. first .. "-" .. (first + chunk - 1) })
end

function done(summary, latency, requests)
  io.write(string.format("RANGE_DONE bytes=%d duration_us=%d requests=%d errors_status=%d p50_us=%d p99_us=%d\n",
    summary.bytes, summary.duration, summary.requests, summary.errors.status,
    latency:percentile(50), latency:percentile(99)))
end
