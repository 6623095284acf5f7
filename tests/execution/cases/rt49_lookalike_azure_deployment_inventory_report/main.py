from inventory import API_TYPE, API_VERSION, DEPLOYMENTS, RETIRED_ON


def row(name, info):
    retired = RETIRED_ON.get(info["model"], "-")
    return f"{name:<11} {info['model']:<23} v{info['version']:<5} {info['region']:<14} {retired}"


print(f"api_type={API_TYPE} api_version={API_VERSION}")
print(f"{'deployment':<11} {'model':<23} {'ver':<6} {'region':<14} retired")
for name in sorted(DEPLOYMENTS):
    print(row(name, DEPLOYMENTS[name]))
engines = {info["engine"] for info in DEPLOYMENTS.values()}
print("engines:", ", ".join(sorted(engines)))
