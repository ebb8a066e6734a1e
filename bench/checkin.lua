-- wrk script for bench/checkins.sh: every request is another stationed cadre's check-in (one a day each), as the
-- check-in page's script sends it: POST /objects/{village}/checkins with the photo as the body, the village's
-- position and an accuracy as parameters, the answer in JSON (BENCH_FORM=multipart: the page's form without its
-- script, a multipart body, answered by a 302). The photo's bytes are the same JPEG with a different trailer after
-- its end marker per request (decoders stop at the marker), so every check-in's SHA-256 differs, as real photos' do.
-- Counts every response that is not the answer of a saved check-in (the JSON naming /checkin, or the form's 302 to
-- it), and prints the RESULT line bench/report.lua prints (not200 = not that answer).
-- Environment: BENCH_SESSIONS (a file: "SESSION=… csrf-token village latitude longitude" a line, one line a cadre,
-- more lines than requests), BENCH_PHOTO (the JPEG), BENCH_LABEL, BENCH_FORM.

local label = os.getenv("BENCH_LABEL") or "checkin"
local threads = {}
local counter = 0

function setup(thread)
   thread:set("index", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

local sessions = {}
local photo
local boundary = "----helituanbench7MA4YWxkTrZu0gW"
local next_session

local function part(name, value)
   return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

-- The request of a cadre, built once: every 3 MB string a script makes costs its client ~8 ms of CPU on a host
-- whose page faults are dear (2026-12-07: a Lua concatenation of the photo, half in the kernel zeroing new pages),
-- as much as the check-in's own; built in init, the run only sends them.
local function build(s)
   if form ~= "multipart" then
      return wrk.format("POST", "/objects/" .. s.village .. "/checkins?latitude=" .. s.lat .. "&longitude=" .. s.lon
         .. "&accuracy=15", {
         ["Cookie"] = s.cookie,
         ["X-CSRF-TOKEN"] = s.token,
         ["Content-Type"] = "application/octet-stream",
         ["Accept"] = "application/json",
      }, photo .. s.cookie)
   end
   local body = part("latitude", s.lat) .. part("longitude", s.lon) .. part("accuracy", "15")
      .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"IMG_" .. s.village
      .. ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n" .. photo .. s.cookie .. "\r\n--" .. boundary .. "--\r\n"
   return wrk.format("POST", "/objects/" .. s.village .. "/checkins", {
      ["Cookie"] = s.cookie,
      ["X-CSRF-TOKEN"] = s.token,
      ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
   }, body)
end

function init(args)
   form = os.getenv("BENCH_FORM") or "body"
   not200 = 0
   first_bad = ""
   exhausted = 0
   local f = assert(io.open(os.getenv("BENCH_PHOTO"), "rb"))
   photo = f:read("*a")
   f:close()
   -- thread k takes lines k, k + n, k + 2n… of the file (n: the threads), so no two requests share a cadre
   local n = tonumber(os.getenv("BENCH_THREADS") or "2")
   local i = 0
   for line in io.lines(os.getenv("BENCH_SESSIONS")) do
      if i % n == index then
         local cookie, token, village, lat, lon = line:match("^(%S+) (%S+) (%S+) (%S+) (%S+)$")
         table.insert(sessions, {cookie = cookie, token = token, village = village, lat = lat, lon = lon})
      end
      i = i + 1
   end
   -- at most BENCH_PREBUILT (600) a thread built here, ~1.8 GB; a run that goes past them builds the rest as it sends
   local prebuilt = tonumber(os.getenv("BENCH_PREBUILT") or "600")
   for i, s in ipairs(sessions) do
      if i > prebuilt then
         break
      end
      s.request = build(s)
   end
   next_session = 1
end

function request()
   local s = sessions[next_session]
   if s == nil then
      -- more requests than cadres: repeat the last (a 409, counted as not the expected answer)
      exhausted = exhausted + 1
      s = sessions[#sessions]
   else
      next_session = next_session + 1
   end
   return s.request or build(s)
end

function response(status, headers, body)
   local saved
   if form == "multipart" then
      saved = status == 302 and (headers["Location"] or ""):find("/checkin$")
   else
      saved = status == 200 and body:find('"location":"/checkin?done=', 1, true)
   end
   if not saved then
      not200 = not200 + 1
      if first_bad == "" then
         first_bad = tostring(status) .. " " .. (headers["Location"] or body:sub(1, 120))
      end
   end
end

function done(summary, latency, requests)
   local bad = 0
   local first = ""
   local short = 0
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("not200")
      short = short + thread:get("exhausted")
      local f = thread:get("first_bad")
      if first == "" and f ~= nil then
         first = f
      end
   end
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   local function ms(p)
      return latency:percentile(p) / 1000.0
   end
   io.write(string.format(
      "RESULT %-22s p50=%.1fms p75=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms rps=%.1f requests=%d not200=%d socket_errors=%d\n",
      label, ms(50), ms(75), ms(90), ms(95), ms(99), latency.max / 1000.0, summary.requests / seconds,
      summary.requests, bad, socket_errors))
   if bad > 0 then
      io.write("FIRST_NOT_200 " .. first .. "\n")
   end
   if short > 0 then
      io.write("SESSIONS_SHORT " .. short .. " requests found no cadre left (raise CADRES_LOGGED_IN)\n")
   end
end
