"""The CSV download as a pandas user reads it, with the dtype that docs/api.md gives: area codes stay text ("440700",
not 440700.0) and values keep the decimals they were published with ("1347.90"). Usage: check-pandas.py BASE_URL."""
import sys
import pandas

URL = sys.argv[1] + "/api/v1/observations?format=csv&size=1000"
DTYPE = {"area": str, "project": str, "value": str}
errors = []
frame = pandas.read_csv(URL, dtype=DTYPE, keep_default_na=False)
areas = set(frame["area"])
if "440700" not in areas:
    errors.append(f"area codes read as {sorted(map(repr, areas))[:3]}")
text_column = "value"
if "1347.90" not in set(frame[text_column].astype(str)):
    errors.append(f"1347.90 not kept in column {text_column}")
plain = pandas.read_csv(URL)
print(f"  without dtype: area read as {plain['area'].dtype}, value as {plain['value'].dtype}")
for error in errors:
    print("  " + error)
print(f"pandas {pandas.__version__}: {len(frame)} rows, {len(errors)} errors")
sys.exit(1 if errors else 0)
