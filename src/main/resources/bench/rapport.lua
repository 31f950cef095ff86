-- wrk script for Rapport's HTTP benchmark: every request is made as a different member, with that member's own
-- token, rotating over the members in tokens.tsv (written by `java -jar rapport.jar bench-http`, next to this file).
--
--   wrk -t2 -c16 -d30s --latency -s rapport.lua http://127.0.0.1:PORT -- suggestions   top-20 suggestions, explained
--   wrk -t2 -c16 -d30s --latency -s rapport.lua http://127.0.0.1:PORT -- profile       GET /api/members/{id}
--   wrk ... -- mixed                                                                    the two alternating
--
-- Optional further arguments: the tokens file (default: tokens.tsv beside this script) and the list size (20).

mode = "suggestions"   -- globals: done() reads them through thread:get
local limit = 20
local members = {}
count = 0
local counter = 0
local threads = {}

local function here()
  local source = debug.getinfo(1, "S").source:sub(2)
  return source:match("(.*/)") or "./"
end

-- Runs once per wrk thread, in the main Lua state: each thread starts at its own place in the member list.
function setup(thread)
  thread:set("offset", #threads * 7919)
  threads[#threads + 1] = thread
end

-- Runs in each thread's own Lua state.
function init(args)
  mode = args[1] or mode
  if mode ~= "suggestions" and mode ~= "profile" and mode ~= "mixed" then
    error("mode must be suggestions, profile or mixed, not " .. mode)
  end
  local file = args[2] or (here() .. "tokens.tsv")
  limit = tonumber(args[3] or limit)
  for line in io.lines(file) do
    local id, token = line:match("^([^\t]+)\t(.+)$")
    if id then
      members[#members + 1] = { id = id, auth = "Bearer " .. token }
    end
  end
  if #members == 0 then
    error("no members in " .. file)
  end
  count = #members
end

function request()
  counter = counter + 1
  local m = members[(offset + counter) % #members + 1]
  local path
  if mode == "profile" or (mode == "mixed" and counter % 2 == 0) then
    path = "/api/members/" .. m.id
  else
    path = "/api/members/" .. m.id .. "/suggestions?limit=" .. limit
  end
  return wrk.format("GET", path, { ["Authorization"] = m.auth })
end

-- One line to paste into a table: requests/s and latency percentiles in milliseconds.
-- Runs in the main Lua state, which knows the threads' settings only through thread:get.
function done(summary, latency, requests)
  local mode = threads[1]:get("mode")
  local count = threads[1]:get("count")
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("rapport-wrk mode=%s members=%d requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    mode, count, summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status, errors))
end
