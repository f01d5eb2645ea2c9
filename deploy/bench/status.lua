-- wrk script for deploy/bench/run.sh: GETs status checks for random existing numbers.
--   BENCH_SOORT=vergunning   GET /api/v1/vergunningen/{nr}/status, all from BENCH_VERGUNNINGEN
--   BENCH_SOORT=registratie  GET /api/v1/registraties/{nr}/status, a share BENCH_ONBEKEND_AANDEEL
--                            (default 0.2) from BENCH_ONBEKEND (unknown but well-formed), the rest
--                            from BENCH_REGISTRATIES (valid), with X-Doelbinding/X-Verwerkingsactiviteit
--   BENCH_SOORT=gemengd      half and half (the warm-up)
-- Tokens: BENCH_TOKEN_VERGUNNING, BENCH_TOKEN_REGISTRATIE. One machine-readable line at the end:
--   BENCHRESULT requests=.. seconds=.. rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. non2xx=.. socket_errors=..

local soort = os.getenv("BENCH_SOORT") or "vergunning"
local onbekend_aandeel = tonumber(os.getenv("BENCH_ONBEKEND_AANDEEL") or "0.2")
local vergunningen, registraties, onbekend = {}, {}, {}
local kop_vergunning, kop_registratie
local teller = 0

local function lees(pad, lijst)
   if pad == nil or pad == "" then return end
   for regel in io.lines(pad) do
      if regel ~= "" then lijst[#lijst + 1] = regel end
   end
end

function setup(thread)
   teller = teller + 1
   thread:set("draad", teller)
end

function init(args)
   math.randomseed(os.time() * 1000 + (draad or 0) * 7919)
   if soort ~= "registratie" then lees(os.getenv("BENCH_VERGUNNINGEN"), vergunningen) end
   if soort ~= "vergunning" then
      lees(os.getenv("BENCH_REGISTRATIES"), registraties)
      lees(os.getenv("BENCH_ONBEKEND"), onbekend)
   end
   kop_vergunning = { ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN_VERGUNNING") or "") }
   kop_registratie = {
      ["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN_REGISTRATIE") or ""),
      ["X-Doelbinding"] = "Verificatie registratie sekswerker",
      ["X-Verwerkingsactiviteit"] = "Controle bij boeking",
   }
end

local function vergunning()
   local nr = vergunningen[math.random(#vergunningen)]
   return wrk.format("GET", "/api/v1/vergunningen/" .. nr .. "/status", kop_vergunning)
end

local function registratie()
   local nr
   if #onbekend > 0 and math.random() < onbekend_aandeel then
      nr = onbekend[math.random(#onbekend)]
   else
      nr = registraties[math.random(#registraties)]
   end
   return wrk.format("GET", "/api/v1/registraties/" .. nr .. "/status", kop_registratie)
end

function request()
   if soort == "vergunning" then return vergunning() end
   if soort == "registratie" then return registratie() end
   if math.random() < 0.5 then return vergunning() end
   return registratie()
end

function done(summary, latency, requests)
   local seconden = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "BENCHRESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconden, summary.requests / seconden,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      e.status, e.connect + e.read + e.write + e.timeout))
end
