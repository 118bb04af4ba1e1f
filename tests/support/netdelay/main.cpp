// SPDX-License-Identifier: GPL-3.0-or-later
// mailscout-netdelay: a user-space "netem" for the test lab (tests/support/NetLab.h). This kernel has no
// sch_netem, so round-trip time is injected here: two TUN devices, one in the client's network namespace
// and one in the server's, joined by this process, which holds every packet for RTT/2 in each direction.
// SYN and SYN-ACK, DNS over UDP, TLS records: everything pays the RTT, as on a real link.
//
//   mailscout-netdelay --server-netns PATH [--client-netns PATH] [--rtt-ms N]
//
// The client side is this process's own namespace unless --client-netns names another. It prints "ready"
// once both ends are configured, then forwards until standard input closes or it is signalled. A line
// "rtt N" on standard input changes the round-trip time of every packet still queued and to come (answered
// "ok rtt N"), so a benchmark can keep its servers running across latencies.
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sched.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Options {
    std::string clientNamespace; // empty: our own
    std::string serverNamespace;
    long rttMs = 0;
    std::string clientDevice = "msc0";
    std::string serverDevice = "mss0";
    std::string clientAddress = "10.77.0.1";
    std::string serverAddress = "10.77.0.2";
    std::string clientAddress6 = "fd77::1";
    std::string serverAddress6 = "fd77::2";
    // The client reaches the whole lab prefix over the link, so the server side may hold more addresses
    // than its end of the pair (NetLab::addServerAddress).
    std::string labPrefix = "10.77.0.0/24";
};

struct Packet {
    std::vector<unsigned char> bytes;
    std::int64_t arrivedUs = 0;
    std::int64_t dueUs = 0;
};

// A burst larger than this is tail-dropped, as a router's queue would; TCP recovers. It bounds memory.
constexpr std::size_t maxQueuedPackets = 65536;

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "mailscout-netdelay: %s\n", what.c_str());
    std::exit(1);
}

std::string errnoText()
{
    return std::strerror(errno);
}

std::int64_t nowUs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

std::string findIp()
{
    for (const char* candidate : { "/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip" }) {
        if (access(candidate, X_OK) == 0)
            return candidate;
    }
    fail("ip not found (Debian package iproute2)");
}

// A child started after setns() lives in the namespace this (single-threaded) process is in now, so plain
// `ip` configures the device we just made.
bool runIp(const std::vector<std::string>& arguments, bool quiet = false)
{
    static const std::string ip = findIp();
    const pid_t child = fork();
    if (child < 0)
        fail("fork: " + errnoText());
    if (child == 0) {
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(ip.c_str()));
        for (const std::string& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        if (quiet) {
            const int null = open("/dev/null", O_WRONLY);
            if (null >= 0)
                dup2(null, STDERR_FILENO);
        }
        execv(ip.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void enterNamespace(const std::string& path)
{
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail("cannot open " + path + ": " + errnoText());
    if (setns(fd, CLONE_NEWNET) != 0)
        fail("setns(" + path + "): " + errnoText());
    close(fd);
}

// Makes the device in the current namespace and gives it the point-to-point pair.
int makeTun(const std::string& name, const std::string& local, const std::string& peer,
    const std::string& local6, const std::string& peer6)
{
    const int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        fail("cannot open /dev/net/tun: " + errnoText());
    ifreq request {};
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::snprintf(request.ifr_name, IFNAMSIZ, "%s", name.c_str());
    if (ioctl(fd, TUNSETIFF, &request) != 0)
        fail("TUNSETIFF " + name + ": " + errnoText());
    if (!runIp({ "addr", "add", local, "peer", peer, "dev", name }))
        fail("ip addr add " + local + " peer " + peer + " dev " + name + " failed");
    // IPv6 is a bonus: a namespace where it is disabled still gets a working IPv4 link.
    runIp({ "-6", "addr", "add", local6 + "/128", "peer", peer6 + "/128", "dev", name, "nodad" }, true);
    if (!runIp({ "link", "set", name, "up" }))
        fail("ip link set " + name + " up failed");
    return fd;
}

Options parse(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                fail(argument + " needs a value");
            return argv[++i];
        };
        if (argument == "--client-netns")
            options.clientNamespace = value();
        else if (argument == "--server-netns")
            options.serverNamespace = value();
        else if (argument == "--rtt-ms")
            options.rttMs = std::strtol(value().c_str(), nullptr, 10);
        else if (argument == "--help") {
            std::printf("usage: mailscout-netdelay --server-netns PATH [--client-netns PATH] [--rtt-ms N]\n");
            std::exit(0);
        } else
            fail("unknown option " + argument);
    }
    if (options.serverNamespace.empty())
        fail("--server-netns is required");
    if (options.rttMs < 0 || options.rttMs > 60'000)
        fail("--rtt-ms must be between 0 and 60000");
    return options;
}

// Reads every packet the kernel has for us from `from` and queues it for the other side.
void drain(int from, std::deque<Packet>& queue, std::int64_t delayUs)
{
    unsigned char buffer[65536];
    for (;;) {
        const ssize_t n = read(from, buffer, sizeof buffer);
        if (n <= 0) {
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                fail("read from tun: " + errnoText());
            return;
        }
        if (queue.size() >= maxQueuedPackets)
            continue;
        const std::int64_t now = nowUs();
        queue.push_back({ std::vector<unsigned char>(buffer, buffer + n), now, now + delayUs });
    }
}

void release(int to, std::deque<Packet>& queue, std::int64_t now)
{
    while (!queue.empty() && queue.front().dueUs <= now) {
        // A failed write is a lost packet, which TCP and DNS survive; there is nothing better to do with it.
        [[maybe_unused]] const ssize_t written
            = write(to, queue.front().bytes.data(), queue.front().bytes.size());
        queue.pop_front();
    }
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    // Gone with the test that started us, even if it crashes: the devices vanish with this process.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() == 1)
        return 1;
    // Wake-ups on time, not 50 µs late: the delays are the whole point.
    prctl(PR_SET_TIMERSLACK, 1UL);
    std::signal(SIGPIPE, SIG_IGN);

    if (!options.clientNamespace.empty())
        enterNamespace(options.clientNamespace);
    const int client = makeTun(options.clientDevice, options.clientAddress, options.serverAddress,
        options.clientAddress6, options.serverAddress6);
    if (!runIp({ "route", "add", options.labPrefix, "dev", options.clientDevice }))
        fail("ip route add " + options.labPrefix + " dev " + options.clientDevice + " failed");
    enterNamespace(options.serverNamespace);
    const int server = makeTun(options.serverDevice, options.serverAddress, options.clientAddress,
        options.serverAddress6, options.clientAddress6);

    std::int64_t halfRttUs = options.rttMs * 1000 / 2;
    std::printf("ready\n");
    std::fflush(stdout);

    std::deque<Packet> toServer;
    std::deque<Packet> toClient;
    std::string command;
    for (;;) {
        std::int64_t now = nowUs();
        release(server, toServer, now);
        release(client, toClient, now);

        timespec timeout {};
        timespec* timeoutPointer = nullptr;
        std::int64_t due = INT64_MAX;
        if (!toServer.empty())
            due = toServer.front().dueUs;
        if (!toClient.empty() && toClient.front().dueUs < due)
            due = toClient.front().dueUs;
        if (due != INT64_MAX) {
            const std::int64_t waitUs = due > now ? due - now : 0;
            timeout.tv_sec = static_cast<time_t>(waitUs / 1'000'000);
            timeout.tv_nsec = static_cast<long>((waitUs % 1'000'000) * 1000);
            timeoutPointer = &timeout;
        }
        pollfd fds[3] = { { client, POLLIN, 0 }, { server, POLLIN, 0 }, { STDIN_FILENO, POLLIN, 0 } };
        if (ppoll(fds, 3, timeoutPointer, nullptr) < 0) {
            if (errno == EINTR)
                continue;
            fail("ppoll: " + errnoText());
        }
        if (fds[0].revents & POLLIN)
            drain(client, toServer, halfRttUs);
        if (fds[1].revents & POLLIN)
            drain(server, toClient, halfRttUs);
        if ((fds[0].revents | fds[1].revents) & (POLLERR | POLLHUP | POLLNVAL))
            fail("a tun device went away");
        if ((fds[2].revents & (POLLIN | POLLHUP | POLLERR))) {
            char buffer[256];
            const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0)
                return 0; // the lab is gone: so are we, and with us both devices
            command.append(buffer, static_cast<std::size_t>(n));
            for (std::size_t end; (end = command.find('\n')) != std::string::npos;
                 command.erase(0, end + 1)) {
                const std::string line = command.substr(0, end);
                if (line.rfind("rtt ", 0) == 0) {
                    const long rtt = std::strtol(line.c_str() + 4, nullptr, 10);
                    if (rtt >= 0 && rtt <= 60'000) {
                        halfRttUs = rtt * 1000 / 2;
                        // Packets on the way take the new delay too: with the old one, a queue of a slow
                        // link's packets would hold the first packets of a fast one behind them (FIFO), and
                        // the order stays FIFO because every packet now has the same delay again.
                        for (std::deque<Packet>* queue : { &toServer, &toClient }) {
                            for (Packet& packet : *queue)
                                packet.dueUs = packet.arrivedUs + halfRttUs;
                        }
                        std::printf("ok rtt %ld\n", rtt);
                    } else {
                        std::printf("error rtt out of range\n");
                    }
                    std::fflush(stdout);
                }
            }
        }
    }
}
