-- wrk script for bench/profiles-direct: each connection is one browser that calls, waits a think time (uniform,
-- half to one and a half times THINK_MS), and calls again. MODE=profile reads a random line of IDS_FILE as a
-- friend's id (GET /api/profiles/{id}); MODE=search sends a random line of QUERIES_FILE (URL-encoded) as q.
local mode = os.getenv("MODE") or "profile"
local think = tonumber(os.getenv("THINK_MS") or "1000")
local lines = {}
for line in io.lines(mode == "profile" and os.getenv("IDS_FILE") or os.getenv("QUERIES_FILE")) do
  lines[#lines + 1] = line
end
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)

request = function()
  local pick = lines[math.random(#lines)]
  if mode == "profile" then
    return wrk.format("GET", "/api/profiles/" .. pick)
  end
  return wrk.format("GET", "/api/profiles/search?q=" .. pick)
end

delay = function()
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end
