-- wrk script for the bench scripts (bench/lib.sh): sends the session cookie, counts every response that is not 200, and prints
-- the latency percentiles (p50/p75/p90/p95/p99, in ms), requests/s and the error counts on one RESULT line.
-- Environment: BENCH_COOKIE ("SESSION=..."), BENCH_LABEL (the name printed with the result).

local cookie = os.getenv("BENCH_COOKIE")
local label = os.getenv("BENCH_LABEL") or "bench"
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   wrk.headers["Cookie"] = cookie
   not200 = 0
   first_bad = ""
end

function response(status, headers, body)
   if status ~= 200 then
      not200 = not200 + 1
      if first_bad == "" then
         first_bad = tostring(status) .. " " .. (headers["Location"] or "")
      end
   end
end

function done(summary, latency, requests)
   local bad = 0
   local first = ""
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("not200")
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
end
