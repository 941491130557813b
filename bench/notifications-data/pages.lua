-- wrk: each request reads one of the feed pages listed in the file named by PAGES (one path a line), chosen at
-- random, so that first pages and pages deep in the feed are read alike.
local paths = {}
for line in io.lines(os.getenv("PAGES")) do
  paths[#paths + 1] = line
end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
