/* A stand-in for libcuda.so.1 and libnvidia-ml.so.1, built by the CLI tests, so that the
 * driver probe's C declarations are exercised on machines without a GPU. Two GPUs (Tesla T4,
 * compute capability 7.5; NVIDIA H100, 9.0, MIG enabled); CUDA 12.4; driver 550.54.15.
 * FAKE_CUDA_HANG=1 makes cuInit hang (the probe's time limit), FAKE_CUDA_CRASH=1 makes it crash,
 * FAKE_CUDA_NO_DEVICE=1 makes it return 100 when CUDA_VISIBLE_DEVICES is set to "". */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *names[] = {"Tesla T4", "NVIDIA H100 80GB HBM3"};
static const int caps[][2] = {{7, 5}, {9, 0}};

int cuDriverGetVersion(int *version) { *version = 12040; return 0; }
int cuInit(unsigned flags) {
    (void)flags;
    if (getenv("FAKE_CUDA_HANG")) for (;;) pause();
    if (getenv("FAKE_CUDA_CRASH")) abort();
    const char *visible = getenv("CUDA_VISIBLE_DEVICES");
    if (visible && !*visible) return 100;
    return 0;
}
int cuDeviceGetCount(int *count) { *count = 2; return 0; }
int cuDeviceGet(int *device, int ordinal) { if (ordinal < 0 || ordinal > 1) return 101; *device = ordinal; return 0; }
int cuDeviceGetAttribute(int *value, int attribute, int device) {
    if (device < 0 || device > 1) return 101;
    if (attribute == 75) { *value = caps[device][0]; return 0; }
    if (attribute == 76) { *value = caps[device][1]; return 0; }
    return 1;
}
int cuDeviceGetName(char *name, int length, int device) {
    if (device < 0 || device > 1 || length < 1) return 101;
    strncpy(name, names[device], (size_t)length - 1); name[length - 1] = 0; return 0;
}

int nvmlInit_v2(void) { return 0; }
int nvmlShutdown(void) { return 0; }
int nvmlSystemGetDriverVersion(char *version, unsigned length) {
    strncpy(version, "550.54.15", length - 1); version[length - 1] = 0; return 0;
}
int nvmlSystemGetCudaDriverVersion_v2(int *version) { *version = 12040; return 0; }
int nvmlDeviceGetCount_v2(unsigned *count) { *count = 2; return 0; }
int nvmlDeviceGetHandleByIndex_v2(unsigned index, void **device) {
    if (index > 1) return 2; *device = (void *)(names + index); return 0;
}
static int index_of(void *device) { return (int)((const char **)device - names); }
int nvmlDeviceGetName(void *device, char *name, unsigned length) {
    strncpy(name, names[index_of(device)], length - 1); name[length - 1] = 0; return 0;
}
int nvmlDeviceGetCudaComputeCapability(void *device, int *major, int *minor) {
    *major = caps[index_of(device)][0]; *minor = caps[index_of(device)][1]; return 0;
}
int nvmlDeviceGetMigMode(void *device, unsigned *current, unsigned *pending) {
    if (index_of(device) == 0) return 3; /* NVML_ERROR_NOT_SUPPORTED */
    *current = 1; *pending = 1; return 0;
}
