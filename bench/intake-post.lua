-- wrk script for bench/intake.sh: POSTs minimal public reports, each naming a different civil servant with a
-- different description, so that duplicate detection works on realistic, mostly unrelated reports.
local words = {"camat", "lurah", "guru", "kepala", "dinas", "spanduk", "baliho", "grup", "whatsapp", "rapat",
  "desa", "sekolah", "puskesmas", "foto", "calon", "bupati", "kampanye", "stiker", "kaos", "pasar", "masjid",
  "jalan", "kantor", "acara", "relawan", "tim", "sukses", "unggahan", "facebook", "instagram", "tiktok"}
local regencies = {"36.01", "36.02", "36.03", "36.04", "36.71", "36.72", "36.73", "36.74"}

math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

local function sentence(n)
  local t = {}
  for i = 1, n do t[i] = words[math.random(#words)] .. math.random(999) end
  return table.concat(t, " ")
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  local body = string.format(
    '{"electionCode":"PILKADA-2024","regionCode":"%s","reportedPersons":[{"name":"ASN %d %s",' ..
    '"agencyName":"Pemerintah Kabupaten Pandeglang","positionClass":"FUNGSIONAL"}],"violationCode":"DS-2",' ..
    '"occurredOn":"2024-10-01","description":"%s","reporter":{"mode":"ANONYMOUS"}}',
    regencies[math.random(#regencies)], math.random(1000000), words[math.random(#words)], sentence(16))
  return wrk.format(nil, "/api/v1/reports", nil, body)
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_us=%d errors_status=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
