-- wrk script for scripts/load-test.sh: each request takes the next address from a mix of public pages, searches
-- and API calls, so one run loads all three; any status other than 200 is counted as an error.
local paths = {
  "/", "/places/salford", "/places/stockport", "/reports", "/theories", "/news", "/feed.atom",
  "/search?q=steering", "/search?q=trust+partnership", "/search?q=walk*",
  "/api/v1/search?q=walking", "/api/v1/stories", "/api/v1/places", "/api/v1/enablers",
}
local counter = 0
local bad = 0

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("mix: %d addresses\n", #paths))
end
