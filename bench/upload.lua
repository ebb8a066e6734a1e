-- wrk script for bench/upload-floor.sh: a 3 MB photo (BENCH_PHOTO) with a trailer of its own per request, posted to
-- the upload floor as a multipart form with three fields (MODE=upload) or as the request's body (MODE=raw), with the
-- session cookie COOKIE; prints a RESULT line as bench/report.lua does (not200 = not the 302 of a read photo).
local photo
local boundary = "----helituanbench7MA4YWxkTrZu0gW"
local sent = 0
local label = os.getenv("BENCH_LABEL") or "upload"

local function part(name, value)
   return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function build(n)
   if mode == "raw" then
      return wrk.format("POST", "/raw?latitude=34.36&longitude=107.24&accuracy=15",
         {["Cookie"] = cookie, ["Content-Type"] = "application/octet-stream"}, photo .. n)
   end
   local body = part("latitude", "34.36") .. part("longitude", "107.24") .. part("accuracy", "15")
      .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"IMG.jpg\"\r\n"
      .. "Content-Type: image/jpeg\r\n\r\n" .. photo .. n .. "\r\n--" .. boundary .. "--\r\n"
   return wrk.format("POST", "/upload", {["Cookie"] = cookie,
      ["Content-Type"] = "multipart/form-data; boundary=" .. boundary}, body)
end

-- RING requests built in init and sent in turn, as bench/checkin.lua builds its cadres' (a 3 MB string made per
-- request costs the client ~8 ms of CPU on a host whose page faults are dear)
local requests = {}

function init(args)
   local f = assert(io.open(os.getenv("BENCH_PHOTO"), "rb"))
   photo = f:read("*a")
   f:close()
   mode = os.getenv("MODE") or "upload"
   cookie = os.getenv("COOKIE")
   not200 = 0
   for n = 1, math.max(1, tonumber(os.getenv("RING") or "64")) do
      requests[n] = build(n)
   end
end

function request()
   sent = sent + 1
   return requests[(sent - 1) % #requests + 1]
end

function response(status, headers, body)
   if status ~= 302 then
      not200 = not200 + 1
   end
end

local threads = {}
function setup(thread)
   table.insert(threads, thread)
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("not200")
   end
   local e = summary.errors
   local function ms(p)
      return latency:percentile(p) / 1000.0
   end
   io.write(string.format(
      "RESULT %-22s p50=%.1fms p75=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms rps=%.1f requests=%d not200=%d socket_errors=%d\n",
      label, ms(50), ms(75), ms(90), ms(95), ms(99), latency.max / 1000.0, summary.requests / (summary.duration / 1e6),
      summary.requests, bad, e.connect + e.read + e.write + e.timeout))
end
