# Checks a batch file of training messages: JSON per line, fields, labels. Usage: python3 check-batch.py FILE...
import json, sys, collections
TOPICS = {"empathy","stay-calm","ownership","keep-the-promise","keep-informed","get-to-the-root",
          "win-them-back","prevent-repeats","extra-mile","clear-guidance","no-blame","none"}
ok = True
for path in sys.argv[1:]:
    counts = collections.Counter(); ids = set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): continue
        try: r = json.loads(line)
        except Exception as e: print(f"{path}:{n}: not JSON: {e}"); ok = False; continue
        if set(r) != {"id","text","primary","also"}: print(f"{path}:{n}: fields must be id,text,primary,also"); ok = False
        if r.get("id") in ids: print(f"{path}:{n}: duplicate id"); ok = False
        ids.add(r.get("id"))
        if r.get("primary") not in TOPICS: print(f"{path}:{n}: bad primary {r.get('primary')}"); ok = False
        also = r.get("also", [])
        if not isinstance(also, list) or len(also) > 2 or any(a not in TOPICS - {"none"} or a == r.get("primary") for a in also):
            print(f"{path}:{n}: bad also {also}"); ok = False
        if r.get("primary") == "none" and also: print(f"{path}:{n}: none takes no also"); ok = False
        if not isinstance(r.get("text"), str) or len(r["text"].strip()) < 2: print(f"{path}:{n}: empty text"); ok = False
        counts[r.get("primary")] += 1
    print(path, sum(counts.values()), dict(sorted(counts.items())))
sys.exit(0 if ok else 1)
