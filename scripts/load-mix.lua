-- wrk script for scripts/load-test.sh: each request takes the next address from a mix of public pages, searches
-- and API calls, so one run loads all three. wrk itself reports any answer outside 2xx/3xx ("Non-2xx or 3xx
-- responses"), which the script counts as errors; every address here answers 200 on the demo programme.
local paths = {
  "/", "/places/salford", "/places/stockport", "/reports", "/theories", "/news", "/feed.atom",
  "/search?q=steering", "/search?q=trust+partnership", "/search?q=walk*",
  "/api/v1/search?q=walking", "/api/v1/stories", "/api/v1/places", "/api/v1/enablers",
}
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
