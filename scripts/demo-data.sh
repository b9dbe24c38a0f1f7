#!/usr/bin/env bash
# Fills a database with demo data through hcctl: the first administrator, the real national list of
# 2022-11-01 08时 (the console then imports 12时, 4 h later: a real difference) and a few manual declarations. Does nothing if DB exists.
# One period (issue 18): the holders' history is the last 30 days, so the lists and declarations are moved into it —
# the demo's "list day" is three days before today, the two national lists are copied next to the
# database dated that day (demo-national-1.json, the 08时 list it applies; demo-national-2.json, the 12时 list for
# the console's --import-national) and the areas are declared that day; case reports and tickets are of today.
set -euo pipefail
HCCTL="$1"; DB="$2"; DATA="$(cd "$(dirname "$0")/.." && pwd)/tests/data/risk-lists"
[ -f "$DB" ] && { echo "demo data: $DB already exists"; exit 0; }
export HCCTL_PASSWORD="${HCCTL_PASSWORD:-demo-password}"
export HCCTL_KEY_PASSPHRASE="${HCCTL_KEY_PASSPHRASE:-demo-key-passphrase}"
H() { "$HCCTL" --db "$DB" "$@"; }
# A read of the demo's own data for the steps below, on the file or on the server (psql reads PGPASSFILE).
Q() {
  case "$DB" in
    postgresql://*|postgres://*) psql "$DB" -X -q -At -F ' ' -c "$1" ;;
    *) sqlite3 -separator ' ' "$DB" "$1" ;;
  esac
}
# The demo's case files are written next to the file, or in a folder of their own for a server.
case "$DB" in postgresql://*|postgres://*) OUT=$(mktemp -d) ;; *) OUT=$(dirname "$DB") ;; esac
now=$(date +%s)
day=$(TZ=Asia/Shanghai date -d "@$((now - 3 * 86400))" +%F)  # three days ago: the areas have been in force a while
md=$(TZ=Asia/Shanghai date -d "@$now" +%m%d)                   # as 病例编号 and ticket numbers carry the date
for n in "1 2022110108-3db87774 08" "2 2022110112-6a2871f9 12"; do
  set -- $n
  sed "s/\"end_update_time\": \"2022-11-01 $3时\"/\"end_update_time\": \"$day $3时\"/" "$DATA/$2.json" >"$OUT/demo-national-$1.json"
  grep -q "\"$day $3时\"" "$OUT/demo-national-$1.json" || { echo "demo data: cannot date $2.json" >&2; exit 1; }
done
H init --admin admin --display-name "演示管理员"
H --user admin commission set --division 370303 --name "淄博市张店区卫生健康局"
# Officials with their roles and jurisdictions (password demo-pass-2022).
for u in "li 李监督 supervisor 370303" "wang 王主任 supervisor,reviewer 3703" "zhao 赵流调 epidemiologist 370303" \
         "zhou 周话务 operator 370303" "sun 孙审计 auditor 37"; do
  set -- $u
  HCCTL_NEW_PASSWORD=demo-pass-2022 H --user admin user add "$1" --display-name "$2" --roles "$3" --jurisdiction "$4" >/dev/null
done
# The demo's own official: every operational role over Shandong, so that one sign-in shows every working pane
# (password as admin's). Not the administrator: separation of duties (issue 16), an administrator holds no other
# role, so the accounts, keys and commission panes are admin's.
HCCTL_NEW_PASSWORD="$HCCTL_PASSWORD" H --user admin user add chen --display-name "陈演示" \
  --roles operator,reviewer,epidemiologist,supervisor,auditor --jurisdiction 37 >/dev/null
H --user admin code keygen --profile sm2-sm3 --key-id zd-2022 >/dev/null
O() { local u="$1"; shift; HCCTL_PASSWORD=demo-pass-2022 H --user "$u" "$@"; }
# Four-eyes: li requests, wang approves.
approve_last() { O wang approve "$(O wang approvals list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["approvals"][0]["id"])')" >/dev/null; }
# A national list from a file is not signed by the platform: li imports it, wang approves it (issue 16).
O li risk import-national "$OUT/demo-national-1.json" >/dev/null
approve_last
O li risk declare 370303001 --level high --from "$day 14:00" \
  --subarea "二街坊" --subarea "3号楼2单元" --basis "病例报告" --reason "确诊病例居住地，流调确认"
# County level: four-eyes too.
O li risk declare 370303 --level medium --from "$day 15:00" --basis "流调" --reason "关联病例活动轨迹涉及" >/dev/null
approve_last
O li risk declare 370303 --level high --from "$day 20:00" --basis "病例报告" --reason "新增本土病例 3 例" >/dev/null
approve_last
O wang risk zone-create "长春新区" 220173 220172 --note "按长春高新区与净月区划定的功能区"
O wang risk map --province 吉林省 --city 长春市 --county 长春新区 --zone "长春新区"
# 20,000 synthetic holders over the real tree, with 30 days of declarations, scans and stays; residents of
# the areas in force get their residence conditions.
H --user admin demo populate --holders "${HC_DEMO_HOLDERS:-20000}" --seed 2022 --focus 370303 --focus-share 0.05
# A manual order waiting for a second supervisor (li requests; wang may approve in the Approvals pane).
first=$(O zhou holders list --division 370303 --limit 1 | head -n1 | cut -f1)
O li holders order "$first" --color yellow --basis-ref "令 ${day:0:4}-17" --basis "流调发现其与病例轨迹交叉，待核实" >/dev/null
# Case reports (docs/cases.md): the last visitor of the busiest venue of Shandong outside 张店 is a confirmed case,
# with their building unit and that venue over the last three days as exposures. chen imports the CDC's file
# (GBK, as Excel saves it) and applies it; a second report, a suspected case in a household, waits unapplied.
venue=$(Q "SELECT venue_code FROM scan_record WHERE division_code LIKE '37%' AND division_code NOT LIKE '370303%'
  GROUP BY venue_code ORDER BY COUNT(*) DESC LIMIT 1")
read -r cid home addr <<<"$(Q "SELECT h.id_number, h.home_division, h.address FROM scan_record s
  JOIN holder h ON h.id = s.holder_id WHERE s.venue_code = '$venue' ORDER BY s.at DESC LIMIT 1")"
t() { TZ=Asia/Shanghai date -d "@$1" '+%Y-%m-%d %H:%M'; }
csv="$OUT/demo-cases-1.csv"
{
  echo "病例编号,身份证号,类别,报告时间,出院时间,暴露类型,区划代码,地址,场所码,开始时间,结束时间"
  echo "C-3702-$md-01,$cid,确诊,$(t $((now - 3600))),,同楼栋,$home,${addr%%单元*}单元,,,"
  # The case's itinerary (流调轨迹): the four busiest venues of Shandong outside 张店 over the last 20 days.
  for v in $(Q "SELECT venue_code FROM scan_record WHERE division_code LIKE '37%' AND division_code NOT LIKE '370303%'
      GROUP BY venue_code ORDER BY COUNT(*) DESC LIMIT 4"); do
    echo "C-3702-$md-01,$cid,确诊,$(t $((now - 3600))),,场所,,,$v,$(t $((now - 20 * 86400))),$(t $((now - 7200)))"
  done
} | iconv -f UTF-8 -t GB18030 >"$csv"
batch=$(H --user chen cases import "$csv" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["batch"])')
H --user chen cases apply "$batch" >/dev/null
# The second: a green holder of 青岛 after the first applied, with the next six venues of the province.
read -r sid shome saddr <<<"$(Q "SELECT id_number, home_division, address FROM holder
  WHERE home_division LIKE '3702%' AND color = 0 ORDER BY id LIMIT 1")"
csv2="$OUT/demo-cases-2.csv"
{
  echo "病例编号,身份证号,类别,报告时间,暴露类型,区划代码,地址,场所码,开始时间,结束时间"
  echo "C-3702-$md-02,$sid,确诊,$(t $((now - 1800))),同户,$shome,$saddr,,,"
  for v in $(Q "SELECT venue_code FROM scan_record WHERE division_code LIKE '37%' AND division_code NOT LIKE '370303%'
      GROUP BY venue_code ORDER BY COUNT(*) DESC LIMIT 6 OFFSET 4"); do
    echo "C-3702-$md-02,$sid,确诊,$(t $((now - 1800))),场所,,,$v,$(t $((now - 20 * 86400))),$(t $((now - 3600)))"
  done
} >"$csv2"
H --user chen cases import "$csv2" >/dev/null
# 12345 tickets (docs/appeals.md): zhou takes three calls about 张店 holders; wang reviews two of them.
tid() { Q "SELECT id_number FROM holder WHERE home_division LIKE '370303%' ORDER BY id LIMIT 1 OFFSET $1"; }
O zhou appeal file --number 12345-$md-001 --kind wrong_color --holder "$(tid 1)" --caller 刘女士 --phone 13805330001 \
  --complaint "家住张店但近期一直在外地，为什么是红码" >/dev/null
O zhou appeal file --number 12345-$md-002 --kind wrong_personal_data --holder "$(tid 2)" --caller 孙先生 --phone 13805330002 \
  --complaint "健康码上姓名有错字" >/dev/null
O zhou appeal file --number 12345-$md-003 --kind wrong_source --holder "$(tid 3)" --caller 周女士 --phone 13805330003 \
  --complaint "来源地显示外省，实际一直在淄博" >/dev/null
O zhou appeal assign 12345-$md-002 --to wang >/dev/null
O wang appeal review 12345-$md-002 >/dev/null
O zhou appeal assign 12345-$md-003 --to wang >/dev/null
O wang appeal review 12345-$md-003 >/dev/null
O wang appeal decide 12345-$md-003 --reject --reason "来源地与核酸检测登记一致，维持" >/dev/null
O zhou appeal reply 12345-$md-003 --text "经核查来源地登记无误，已电话告知" >/dev/null
echo "demo data: $DB ready, dated $day (national lists $OUT/demo-national-1.json applied, $OUT/demo-national-2.json for the console; users admin, the administrator, and chen, every operational role, password $HCCTL_PASSWORD; officials li wang zhao zhou sun, password demo-pass-2022; issuer key passphrase $HCCTL_KEY_PASSPHRASE)"
