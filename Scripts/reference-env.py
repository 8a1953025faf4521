"""Runs the reference tools against a host fixture and prints what they report.

    python reference-env.py FIXTURE archspec   -> archspec's host microarchitecture name
    python reference-env.py FIXTURE variants   -> `namespace :: feature :: value` lines

The fixture's /proc/cpuinfo and `uname -m` are fed to archspec (the published package, or the
copy each CPU provider vendors); the GPU providers get the fixture's values through their own
force variables (NV_VARIANT_PROVIDER_FORCE_*, AMD_VARIANT_PROVIDER_FORCE_*), taken from
probes.json as those providers would read them (NVML for the NVIDIA provider). Needs a venv with
archspec, provider-variant-x86-64==0.0.1.post2, provider-variant-aarch64 and wheelnext's
nvidia-variant-provider and amd-variant-provider importable (see Scripts/compare-env-reference).
"""
import builtins
import json
import os
import platform
import re
import subprocess
import sys

fixture, mode = sys.argv[1], sys.argv[2]
probes = json.load(open(os.path.join(fixture, "probes.json")))
machine = probes.get("uname", {}).get("machine", "x86_64")


def redirect_cpuinfo():
    real_open = builtins.open

    def fixture_open(path, *args, **kwargs):
        if path == "/proc/cpuinfo":
            path = os.path.join(fixture, "root/proc/cpuinfo")
        return real_open(path, *args, **kwargs)

    builtins.open = fixture_open
    platform.machine = lambda: machine
    platform.system = lambda: "Linux"


def cpu_provider_lines(namespace):
    redirect_cpuinfo()
    if namespace == "x86_64":
        from provider_variant_x86_64.plugin import X8664Plugin as Plugin
    else:
        from provider_variant_aarch64.plugin import AArch64Plugin as Plugin
    return [f"{namespace} :: {c.name} :: {v}" for c in Plugin().get_supported_configs(None) for v in c.values]


def gpu_provider_lines(namespace):
    env = os.environ
    if namespace == "nvidia":
        for key in ("NV_VARIANT_PROVIDER_FORCE_CUDA_DRIVER_VERSION", "NV_VARIANT_PROVIDER_FORCE_SM_ARCH"):
            env.pop(key, None)
        nvml = probes.get("nvml")
        if not nvml or not nvml.get("cuda_driver_version"):
            return []  # the provider reads NVML only
        version = nvml["cuda_driver_version"]
        env["NV_VARIANT_PROVIDER_FORCE_CUDA_DRIVER_VERSION"] = f"{version // 1000}.{(version % 1000) // 10}"
        capabilities = [d["compute_capability"] for d in nvml.get("devices", []) if d.get("compute_capability")]
        if capabilities:
            env["NV_VARIANT_PROVIDER_FORCE_SM_ARCH"] = max(capabilities, key=lambda c: tuple(map(int, c.split("."))))
        else:
            # With no device the provider fails on an empty list; what it would report then
            # is the CUDA range alone, which a non-matching SM value reproduces.
            env["NV_VARIANT_PROVIDER_FORCE_SM_ARCH"] = "0.0"
        from nvidia_variant_provider.plugin import NvidiaVariantPlugin as Plugin
        configs = Plugin.get_supported_configs()
    else:
        root = os.path.join(fixture, "root")
        nodes = os.path.join(root, "sys/class/kfd/kfd/topology/nodes")
        targets = []
        if os.path.isdir(nodes):
            for node in sorted(os.listdir(nodes), key=int):
                text = open(os.path.join(nodes, node, "properties")).read()
                v = int(re.search(r"gfx_target_version (\d+)", text).group(1))
                if v:
                    targets.append(f"gfx{v // 10000}{(v // 100) % 100:x}{v % 100:x}")
        version_file = os.path.join(root, "opt/rocm/.info/version")
        env.pop("AMD_VARIANT_PROVIDER_FORCE_GFX_ARCH", None)
        env.pop("AMD_VARIANT_PROVIDER_FORCE_ROCM_VERSION", None)
        if not targets and not os.path.exists(version_file):
            return []
        if targets:
            env["AMD_VARIANT_PROVIDER_FORCE_GFX_ARCH"] = ",".join(sorted(set(targets)))
        if os.path.exists(version_file):
            parts = re.split(r"[.-]", open(version_file).read().strip())
            env["AMD_VARIANT_PROVIDER_FORCE_ROCM_VERSION"] = ".".join(parts[:3])
        import logging
        logging.disable(logging.CRITICAL)
        from amd_variant_provider.plugin import AMDVariantPlugin as Plugin
        Plugin._system_info = staticmethod(lambda: {})
        configs = Plugin.get_supported_configs()
    return [f"{namespace} :: {c.name} :: {v}" for c in configs for v in c.values]


if mode == "archspec":
    redirect_cpuinfo()
    import archspec.cpu
    print(archspec.cpu.host().name)
elif mode == "variants":
    lines = []
    for namespace in ("x86_64", "aarch64"):
        lines += subprocess.run([sys.executable, __file__, fixture, "cpu:" + namespace],
                                check=True, capture_output=True, text=True).stdout.splitlines()
    for namespace in ("nvidia", "amd"):
        lines += subprocess.run([sys.executable, __file__, fixture, "gpu:" + namespace],
                                check=True, capture_output=True, text=True).stdout.splitlines()
    print("\n".join(lines))
elif mode.startswith("cpu:"):
    namespace = mode[4:]
    if (namespace == "x86_64") == (machine == "x86_64"):
        print("\n".join(cpu_provider_lines(namespace)))
elif mode.startswith("gpu:"):
    lines = gpu_provider_lines(mode[4:])
    if lines:
        print("\n".join(lines))
