-- wrk (bench/chat-history): each request reads one of the pages listed in the file named by PAGES ("reader path" a
-- line, readers numbered from 0), chosen at random, as that reader: the HEADER header (Authorization or Cookie) with
-- the reader's line of the file named by CREDENTIALS.
local header = os.getenv("HEADER")
local credentials = {}
for line in io.lines(os.getenv("CREDENTIALS")) do
  credentials[#credentials + 1] = line
end
local pages = {}
for line in io.lines(os.getenv("PAGES")) do
  local reader, path = line:match("^(%d+) (.+)$")
  pages[#pages + 1] = { credentials[tonumber(reader) + 1], path }
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init()
  math.randomseed(os.time() * 100 + id)
end

function request()
  local page = pages[math.random(#pages)]
  return wrk.format("GET", page[2], { [header] = page[1] })
end
