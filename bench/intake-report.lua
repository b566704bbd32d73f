-- SPDX-License-Identifier: AGPL-3.0-or-later
-- wrk script for bench/intake.sh: POSTs the issue's minimal anonymous report to /api/v1/reports, with a different
-- description and reported person on every request (so the duplicate checks compare real, mostly distinct text),
-- and counts every answer that is not 201. done() prints one machine-readable BENCH line read by intake.sh.

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local first_names = { "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko",
  "Kartika", "Lukman", "Maya", "Nur", "Oki", "Putri", "Rahmat", "Sari", "Taufik", "Umi", "Wahyu", "Yanti" }
local last_names = { "Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kurniawan", "Rahayu", "Pratama",
  "Nugroho", "Siregar", "Simanjuntak", "Harahap", "Setiawan", "Susanti", "Permana", "Gunawan", "Utami", "Firmansyah" }
local agencies = { "Dinas Pendidikan Kabupaten Pandeglang", "Dinas Kesehatan Kabupaten Pandeglang",
  "Kecamatan Labuan", "Kecamatan Carita", "Sekretariat Daerah Kabupaten Pandeglang", "BPBD Kabupaten Pandeglang",
  "Dinas Pekerjaan Umum Kabupaten Pandeglang", "Puskesmas Menes", "SDN 2 Cibaliung", "SMPN 1 Panimbang" }
local acts = { "memasang foto bersama pasangan calon di status WhatsApp",
  "menghadiri kampanye pasangan calon nomor urut dua dengan seragam dinas",
  "membagikan stiker pasangan calon kepada warga di balai desa",
  "mengunggah ajakan memilih calon bupati di Facebook pribadinya",
  "memberi sambutan pada deklarasi relawan pasangan calon",
  "mengarahkan guru honorer untuk hadir di acara tim pemenangan",
  "memakai atribut partai saat apel pagi di kantor kecamatan",
  "mengumpulkan fotokopi KTP warga untuk dukungan calon perseorangan",
  "membuat grup WhatsApp pegawai untuk menyebarkan materi kampanye",
  "menjanjikan bantuan sosial bila warga memilih calon tertentu" }
local places = { "di Desa Sukajadi", "di Pasar Labuan", "di Alun-alun Pandeglang", "di kantor kecamatan",
  "di lapangan Desa Cigeulis", "di rumah makan dekat terminal", "di aula sekolah", "di masjid agung" }
local times = { "pagi hari", "siang hari", "sore hari", "malam hari", "sekitar pukul sembilan", "setelah salat Jumat" }
local witnesses = { "Beberapa warga melihat kejadian itu.", "Saya menyimpan tangkapan layarnya.",
  "Kejadian ini juga direkam oleh warga lain.", "Tetangga saya ikut menyaksikan.",
  "Unggahan itu sudah dibagikan puluhan kali.", "Saya tidak mengenal orang itu secara pribadi." }

local function pick(list)
  return list[math.random(#list)]
end

local counter = 0
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function init(args)
  math.randomseed(os.time() * 1000 + tid * 7919)
  non201 = 0
  statuses = ""
  sample = ""
end

function request()
  counter = counter + 1
  local name = pick(first_names) .. " " .. pick(last_names)
  local description = "Seorang ASN bernama " .. name .. " " .. pick(acts) .. " " .. pick(places) .. " pada "
    .. pick(times) .. ". " .. pick(witnesses) .. " Laporan ke-" .. tid .. "-" .. counter .. "-"
    .. math.random(1000000) .. "."
  local body = '{"electionCode":"PILKADA-2024","regionCode":"36.01","reportedPersons":[{"name":"' .. name
    .. '","agencyName":"' .. pick(agencies) .. '","positionClass":"FUNGSIONAL"}],"violationCode":"DS-2",'
    .. '"occurredOn":"2024-10-01","description":"' .. description .. '","reporter":{"mode":"ANONYMOUS"}}'
  return wrk.format("POST", "/api/v1/reports", headers, body)
end

local status_counts = {}

function response(status, hdrs, body)
  if status ~= 201 then
    non201 = non201 + 1
    status_counts[status] = (status_counts[status] or 0) + 1
    local parts = {}
    for code, n in pairs(status_counts) do
      table.insert(parts, code .. ":" .. n)
    end
    statuses = table.concat(parts, ",")
    if sample == "" and body then
      sample = string.sub(body, 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local non201_total, status_text, sample_text = 0, "", ""
  for _, thread in ipairs(threads) do
    non201_total = non201_total + (thread:get("non201") or 0)
    local s = thread:get("statuses") or ""
    if s ~= "" then
      status_text = status_text .. (status_text == "" and "" or ";") .. s
    end
    if sample_text == "" then
      sample_text = thread:get("sample") or ""
    end
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.2f non201=%d socket_errors=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, seconds, summary.requests / seconds, non201_total,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  if non201_total > 0 then
    io.write("BENCH_STATUSES " .. status_text .. "\n")
    io.write("BENCH_SAMPLE " .. string.gsub(sample_text, "\n", " ") .. "\n")
  end
end
