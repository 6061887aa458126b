#!/usr/bin/env bash
# Prepares an OpenSSH server on loopback whose only program is the bilateral dashboard (ForceCommand),
# everything in DIR: host key, client key, authorized_keys, sshd_config. It does not start sshd; run
#   /usr/sbin/sshd -D -e -f DIR/sshd_config
# and connect with
#   ssh -tt -i DIR/client_key -p PORT -o UserKnownHostsFile=DIR/known_hosts USER@127.0.0.1
# Usage: openssh-loopback.sh DIR PORT BILATERAL [CORPUS_PATH...]   (USER defaults to the current user)
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 DIR PORT BILATERAL [CORPUS_PATH...]" >&2
  exit 64
fi
dir=$1 port=$2 bilateral=$3
shift 3
user=${USER_FOR_SSHD:-$(id -un)}
sshd=${SSHD:-/usr/sbin/sshd}

if [ ! -x "$sshd" ]; then
  echo "openssh-loopback: $sshd not found; install openssh-server (make deps)" >&2
  exit 2
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
rm -f "$dir/host_key" "$dir/host_key.pub" "$dir/client_key" "$dir/client_key.pub"
ssh-keygen -q -t ed25519 -N '' -C "bilateral test host" -f "$dir/host_key"
ssh-keygen -q -t ed25519 -N '' -C "bilateral test client" -f "$dir/client_key"
cp "$dir/client_key.pub" "$dir/authorized_keys"
printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$dir/host_key.pub")" > "$dir/known_hosts"
chmod 600 "$dir/host_key" "$dir/client_key" "$dir/authorized_keys"

# sshd's privilege-separation directory; Debian creates it only when the service starts.
if [ ! -d /run/sshd ]; then
  if [ "$(id -u)" = 0 ]; then mkdir -p -m 0755 /run/sshd; else sudo mkdir -p -m 0755 /run/sshd; fi
fi

# The dashboard and its corpus, each word quoted for the user's shell that runs ForceCommand.
command="'$bilateral' browse --no-state"
for path in "$@"; do
  command+=" '$path'"
done

cat > "$dir/sshd_config" <<CONFIG
# Written by openssh-loopback.sh for bilateral's tests: loopback only, keys only, the dashboard only.
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
AllowUsers $user
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitTTY yes
ForceCommand $command
SetEnv LANG=C.UTF-8
AcceptEnv LANG LC_*
PermitUserEnvironment no
AllowTcpForwarding no
AllowAgentForwarding no
AllowStreamLocalForwarding no
X11Forwarding no
PermitTunnel no
LogLevel ERROR
CONFIG

"$sshd" -t -f "$dir/sshd_config"
echo "$dir/sshd_config"
