#!/usr/bin/env bash
# Proves the release path without uploading anything:
#   1. makes a throwaway OpenPGP key in a temporary GNUPGHOME;
#   2. builds, signs (release profile) and deploys every published artifact into a local staging folder;
#   3. checks each artifact: signature verifies, sources and javadoc present, POM metadata complete,
#      a real module descriptor (CheckStaging.java);
#   4. builds a separate consumer project that sees only the staged BOM, core, physiotherapy and
#      rates-2025, and runs
#      it on the class path and on the module path;
#   5. builds twice from clean and checks the jars are byte-identical (reproducible builds);
#   6. checks that CHANGELOG.md and the POM version agree.
# Needs a JDK, gpg (Debian's gnupg) and the Maven dependencies (downloaded once; works offline after).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn_opts=(-B -q)
[ -n "${MAVEN_OFFLINE:-}" ] && mvn_opts+=(-o)

published=(inami-rules-bom:pom inami-rules-core:jar inami-rules-physiotherapy:jar inami-rules-occupational-therapy:jar inami-rules-psychology:jar inami-rules-nomensoft:jar inami-rules-complementary:jar inami-rules-report:jar inami-rules-rates-2019:jar inami-rules-rates-2020:jar inami-rules-rates-2021:jar inami-rules-rates-2022:jar inami-rules-rates-2023:jar inami-rules-rates-2024:jar inami-rules-rates-2025:jar inami-rules-rates-2026:jar
           inami-rules-scenario:jar inami-rules-testkit:jar inami-rules-cli:jar)
never_published=(inami-rules-parent inami-rules-examples inami-rules-benchmarks)

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
echo "== version $version"

echo "== CHANGELOG.md agrees with the version"
if [[ "$version" == *-SNAPSHOT ]]; then
  grep -q '^## \[Unreleased\]' CHANGELOG.md || { echo "CHANGELOG.md has no [Unreleased] section for $version"; exit 1; }
else
  grep -q "^## \[$version\]" CHANGELOG.md || { echo "CHANGELOG.md has no section [$version]"; exit 1; }
fi
for p in $(git ls-files '*pom.xml' | grep -v '^release/'); do
  grep -q "<version>$version</version>" "$p" || { echo "$p does not carry version $version"; exit 1; }
done

echo "== throwaway signing key"
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
passphrase="verify-$RANDOM$RANDOM"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
    --quick-gen-key "inami-rules release check <verify@invalid>" rsa3072 sign 1d
MAVEN_GPG_KEY=$(gpg --batch --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)
export MAVEN_GPG_KEY
export MAVEN_GPG_PASSPHRASE="$passphrase"

echo "== build, sign and stage (Maven refuses to deploy offline, even into a folder: this step runs online)"
staging="$work/staging"
./mvnw -B -q -P release -DskipTests deploy -DaltDeploymentRepository="staging::file://$staging"

echo "== check staged artifacts"
args=()
for a in "${published[@]}"; do args+=("$a"); done
java release/CheckStaging.java "$staging" "${args[@]}"
echo "== module descriptors (jar --describe-module)"
for a in "${published[@]}"; do
  [[ "$a" == *:jar ]] || continue
  name=${a%%:*}
  jar_file=$(find "$staging/io/github/inamirules/$name" -name "$name-*.jar" ! -name '*-sources.jar' ! -name '*-javadoc.jar')
  described=$(jar --describe-module --file "$jar_file")
  if [ -z "$described" ] || grep -q 'automatic' <<<"$described"; then
    echo "FAIL $name has no module descriptor: $described"; exit 1
  fi
  echo "  ok   $name: $(head -1 <<<"$described")"
done
for a in "${never_published[@]}"; do
  if [ -d "$staging/io/github/inamirules/$a" ]; then echo "FAIL $a must never be published"; exit 1; fi
done
echo "== signatures verify"
count=0
while IFS= read -r asc; do
  gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2>/dev/null || { echo "FAIL bad signature: $asc"; exit 1; }
  count=$((count + 1))
done < <(find "$staging" -name '*.asc')
echo "  ok   $count signatures verify"

echo "== consumer project on the staged artifacts only"
repo="$work/consumer-repo"
cp -al "$HOME/.m2/repository" "$repo" 2>/dev/null || cp -a "$HOME/.m2/repository" "$repo"
rm -rf "$repo/io/github/inamirules"
consumer="$work/consumer"
cp -a release/consumer "$consumer"
(cd "$consumer" && "$root/mvnw" "${mvn_opts[@]}" -Dmaven.repo.local="$repo" -Dstaging.url="file://$staging" \
    -Dinami-rules.version="$version" package dependency:build-classpath -Dmdep.outputFile=cp.txt \
    -Dmdep.includeScope=runtime)
cp_deps=$(cat "$consumer/cp.txt")
java -cp "$consumer/target/classes:$cp_deps" org.example.consumer.Main
java -p "$consumer/target/classes:$cp_deps" -m org.example.consumer/org.example.consumer.Main

echo "== reproducible: two clean builds give byte-identical jars"
build_once() {
  ./mvnw "${mvn_opts[@]}" -DskipTests clean package
  mkdir -p "$1"
  find . -path ./release -prune -o -path '*/target/*.jar' -print | sort | while read -r j; do
    j=${j#./}
    cp "$j" "$1/${j//\//_}"
  done
}
build_once "$work/build1"
build_once "$work/build2"
jars=$(find "$work/build1" -name '*.jar' | wc -l)
if [ "$jars" -lt 15 ]; then
  echo "FAIL only $jars jars were built; expected every module's jar, sources and javadoc"; exit 1
fi
if ! diff <(cd "$work/build1" && sha256sum -- *.jar) <(cd "$work/build2" && sha256sum -- *.jar); then
  echo "FAIL the two builds differ"; exit 1
fi
echo "  ok   $jars jars byte-identical across two builds"
echo "release verification: passed"
