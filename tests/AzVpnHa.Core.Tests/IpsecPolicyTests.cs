using System.Collections.Generic;
using System.Linq;
using AzVpnHa.DeviceConfigs;
using AzVpnHa.Readers;
using AzVpnHa.Spec;
using AzVpnHa.Templates;
using AzVpnHa.Tree;
using AzVpnHa.Writers;
using AzVpnHa.Writers.Devices;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>A connection's custom IPsec/IKE policy: read from ARM and from a spec, written back, and used by the device configs.</summary>
    public class IpsecPolicyTests
    {
        const string Policy = "\"ipsecPolicy\": { \"ikeEncryption\": \"AES256\", \"ikeIntegrity\": \"SHA256\", \"dhGroup\": \"DHGroup14\", "
            + "\"ipsecEncryption\": \"GCMAES256\", \"ipsecIntegrity\": \"GCMAES256\", \"pfsGroup\": \"PFS2048\", \"saLifeTimeSeconds\": 3600, \"saDataSizeKilobytes\": 102400000 }";

        /// <summary>The active-active example with a custom policy on its device (fw1).</summary>
        public static string ActiveActiveWithPolicySpec() => ExampleTests.Read("active-active")
            .Replace("\"bgpPeeringAddress\": \"192.168.15.1\" }", "\"bgpPeeringAddress\": \"192.168.15.1\", " + Policy + " }");

        public static Topology ActiveActiveWithPolicy() => Specs.Plan(ActiveActiveWithPolicySpec());

        static List<object> HubWithPolicy() =>
            Estate.Hub().Select(t => IsFw1(t) ? Estate.Load("ConnectionGet-hq-fw1-IpsecPolicy") : t).ToList();

        static bool IsFw1(object tree) => tree is IDictionary<string, object> d && d.TryGetValue("name", out var name) && name as string == "cn-hq-fw1";

        [Fact]
        public void TheSpecsPolicyIsTheConnectionsPolicy()
        {
            var topology = ActiveActiveWithPolicy();
            var p = Assert.Single(topology.Connections).IpsecPolicy;
            Assert.Equal(new object[] { "AES256", "SHA256", "DHGroup14", "GCMAES256", "GCMAES256", "PFS2048", 3600, 102400000L },
                new object[] { p.IkeEncryption, p.IkeIntegrity, p.DhGroup, p.IpsecEncryption, p.IpsecIntegrity, p.PfsGroup, p.SaLifeTimeSeconds, p.SaDataSizeKilobytes });
        }

        [Fact]
        public void AValueArmDoesNotAllowIsAnErrorNamingTheFieldAndTheAllowedValues()
        {
            var ex = Assert.Throws<SpecException>(() => Specs.Plan(ActiveActiveWithPolicySpec().Replace("\"DHGroup14\"", "\"DHGroup5\"")));
            var error = Assert.Single(ex.Errors);
            Assert.Equal(SpecErrorCodes.InvalidValue, error.Code);
            Assert.Equal("sites[0].devices[0].ipsecPolicy.dhGroup", error.Path);
            Assert.Contains("DHGroup5", error.Problem);
            Assert.Contains("DHGroup14, DHGroup2048, ECP256, ECP384, DHGroup24", error.Fix);
        }

        [Fact]
        public void AMissingFieldIsAnError()
        {
            var ex = Assert.Throws<SpecException>(() => Specs.Plan(ActiveActiveWithPolicySpec().Replace("\"saLifeTimeSeconds\": 3600, ", "")));
            Assert.Equal("sites[0].devices[0].ipsecPolicy.saLifeTimeSeconds", Assert.Single(ex.Errors).Path);
        }

        [Theory]
        [InlineData("\"saLifeTimeSeconds\": 3600", "\"saLifeTimeSeconds\": 299", "saLifeTimeSeconds")]
        [InlineData("\"saLifeTimeSeconds\": 3600", "\"saLifeTimeSeconds\": 172800", "saLifeTimeSeconds")]
        [InlineData("\"saDataSizeKilobytes\": 102400000", "\"saDataSizeKilobytes\": 1023", "saDataSizeKilobytes")]
        [InlineData("\"ipsecIntegrity\": \"GCMAES256\"", "\"ipsecIntegrity\": \"SHA256\"", "ipsecIntegrity")]
        [InlineData("\"ipsecIntegrity\": \"GCMAES256\"", "\"ipsecIntegrity\": \"GCMAES128\"", "ipsecIntegrity")]
        public void AValueNewAzIpsecPolicyRefusesIsAnErrorNamingTheField(string from, string to, string field)
        {
            var spec = ActiveActiveWithPolicySpec();
            Assert.Contains(from, spec);
            var ex = Assert.Throws<SpecException>(() => Specs.Plan(spec.Replace(from, to)));
            var error = Assert.Single(ex.Errors);
            Assert.Equal(SpecErrorCodes.InvalidValue, error.Code);
            Assert.Equal("sites[0].devices[0].ipsecPolicy." + field, error.Path);
        }

        [Theory]
        [InlineData("\"saLifeTimeSeconds\": 3600", "\"saLifeTimeSeconds\": 300")]
        [InlineData("\"saLifeTimeSeconds\": 3600", "\"saLifeTimeSeconds\": 172799")]
        [InlineData("\"saDataSizeKilobytes\": 102400000", "\"saDataSizeKilobytes\": 0")]
        [InlineData("\"saDataSizeKilobytes\": 102400000", "\"saDataSizeKilobytes\": 1024")]
        [InlineData("\"GCMAES256\", \"ipsecIntegrity\": \"GCMAES256\"", "\"AES256\", \"ipsecIntegrity\": \"SHA256\"")]
        public void TheEdgesAzureAcceptsPlan(string from, string to)
        {
            var spec = ActiveActiveWithPolicySpec();
            Assert.Contains(from, spec);
            Assert.NotNull(Assert.Single(Specs.Plan(spec.Replace(from, to)).Connections).IpsecPolicy);
        }

        [Fact]
        public void ArmNamesInAnyCaseReadAsArmsSpelling()
        {
            var p = Assert.Single(Specs.Plan(ActiveActiveWithPolicySpec().Replace("\"GCMAES256\"", "\"gcmaes256\"")).Connections).IpsecPolicy;
            Assert.Equal("GCMAES256", p.IpsecEncryption);
        }

        [Fact]
        public void ArmsIpsecPoliciesIsReadFromTheConnection()
        {
            var topology = Estate.Read(HubWithPolicy());
            var p = topology.Connections.Single(c => c.Name == "cn-hq-fw1").IpsecPolicy;
            Assert.Equal("AES256/SHA384/ECP384, GCMAES256/GCMAES256/ECP384", p.ToString());
            Assert.Equal(3600, p.SaLifeTimeSeconds);
            Assert.Equal(102400000L, p.SaDataSizeKilobytes);
            Assert.Null(topology.Connections.Single(c => c.Name == "cn-hq-fw2").IpsecPolicy);
        }

        [Fact]
        public void APolicySetAtDeployTimeIsUnknownAndTheDeviceConfigSaysSo()
        {
            var trees = HubWithPolicy();
            var connection = trees.Single(IsFw1);
            Estate.Set(connection, "properties.ipsecPolicies[0].dhGroup", new UnknownValue("set at deploy time by parameter 'dhGroup'"));
            var topology = Estate.Read(trees);
            var c = topology.Connections.Single(x => x.Name == "cn-hq-fw1");
            Assert.True(c.IsUnknown(nameof(Connection.IpsecPolicy)));
            Assert.Null(c.IpsecPolicy);
            var config = DeviceConfigBuilder.Build(topology).Single(d => d.Tunnels.Any(t => t.Connection == "cn-hq-fw1"));
            Assert.Contains(config.Notes, n => n.Contains("IPsec/IKE policy of cn-hq-fw1 is set at deploy time by parameter 'dhGroup'"));
            SpecWriter.Write(topology, out var omitted);
            Assert.Contains(omitted, line => line.Contains("cn-hq-fw1: IpsecPolicy is set at deploy time"));
        }

        [Fact]
        public void TheDeviceConfigOffersExactlyThePolicy()
        {
            var config = DeviceConfigBuilder.Build(ActiveActiveWithPolicy()).Single();
            Assert.Equal(2, config.Tunnels.Count);
            foreach (var t in config.Tunnels)
            {
                Assert.Equal("AES256/SHA256/DHGroup14", Assert.Single(t.IkeProposals).ToString());
                Assert.Equal("GCMAES256/GCMAES256/PFS2048", Assert.Single(t.EspProposals).ToString());
                Assert.Equal(3600, t.IpsecLifetimeSeconds);
                Assert.Equal(CryptoProposal.AzureDefaultIkeLifetimeSeconds, t.IkeLifetimeSeconds);
            }
            var swan = DeviceConfigWriter.Write(config, DeviceConfigFormat.StrongSwan);
            Assert.Contains("proposals = aes256-sha256-modp2048\n", swan);
            Assert.Contains("esp_proposals = aes256gcm16-modp2048\n", swan);
            var ios = DeviceConfigWriter.Write(config, DeviceConfigFormat.CiscoIosXe);
            Assert.Contains(" encryption aes-cbc-256\n integrity sha256\n group 14\n", ios);
            Assert.Contains("crypto ipsec transform-set azvpnha-esp-1 esp-gcm 256\n", ios);
            Assert.DoesNotContain("azvpnha-esp-2", ios);
            Assert.Contains(" set pfs group14\n", ios);
            var forti = DeviceConfigWriter.Write(config, DeviceConfigFormat.FortiOS);
            Assert.Contains("set proposal aes256-sha256\n", forti);
            Assert.Contains("set proposal aes256gcm\n", forti);
            Assert.Contains("set dhgrp 14\n", forti);
        }

        /// <summary>active-active with a policy whose byte limit is not Azure's default, so the default cannot pass for it.</summary>
        static Topology WithDataSize(long kilobytes) =>
            Specs.Plan(ActiveActiveWithPolicySpec().Replace("\"saDataSizeKilobytes\": 102400000", "\"saDataSizeKilobytes\": " + kilobytes));

        [Fact]
        public void ThePolicysByteLimitReachesEveryFormatThatHasOne()
        {
            var config = DeviceConfigBuilder.Build(WithDataSize(204800)).Single();
            Assert.All(config.Tunnels, t => Assert.Equal(204800L, t.IpsecLifetimeKilobytes));
            Assert.Contains("\"ipsecLifetimeKilobytes\": 204800,", DeviceConfigWriter.Write(config, DeviceConfigFormat.Neutral));
            // strongSwan counts bytes (KB x 1024) and rekeys at 90 %, as it does for time.
            Assert.Contains("                life_time = 3600s\n                rekey_time = 3240s\n                life_bytes = 209715200\n                rekey_bytes = 188743680\n",
                DeviceConfigWriter.Write(config, DeviceConfigFormat.StrongSwan));
            Assert.Contains(" set security-association lifetime seconds 3600\n set security-association lifetime kilobytes 204800\n!\n",
                DeviceConfigWriter.Write(config, DeviceConfigFormat.CiscoIosXe));
            Assert.Contains("        set keylife-type both\n        set keylifeseconds 3600\n        set keylifekbs 204800\n",
                DeviceConfigWriter.Write(config, DeviceConfigFormat.FortiOS));
            Assert.DoesNotContain("bytes", DeviceConfigWriter.Write(config, DeviceConfigFormat.Frr));
        }

        [Fact]
        public void TheAzureSideEmulationUsesThePolicysByteLimitToo()
        {
            var instances = DeviceConfigBuilder.Build(WithDataSize(204800), new DeviceConfigOptions { Side = DeviceSide.Azure });
            Assert.Equal(2, instances.Count);
            foreach (var instance in instances)
            {
                Assert.Equal(204800L, Assert.Single(instance.Tunnels).IpsecLifetimeKilobytes);
                Assert.Contains("                life_bytes = 209715200\n", StrongSwanWriter.Write(instance));
            }
        }

        [Fact]
        public void WithoutAPolicyAzuresDefaultByteLimitIsWritten()
        {
            var config = DeviceConfigBuilder.Build(Specs.Plan(ExampleTests.Read("active-active"))).Single();
            Assert.All(config.Tunnels, t => Assert.Equal(102400000L, t.IpsecLifetimeKilobytes));
            Assert.Contains("                life_bytes = 104857600000\n                rekey_bytes = 94371840000\n", StrongSwanWriter.Write(config));
        }

        [Fact]
        public void APolicyByteLimitOfZeroIsNoLimit()
        {
            var config = DeviceConfigBuilder.Build(WithDataSize(0)).Single();
            Assert.All(config.Tunnels, t => Assert.Equal(0L, t.IpsecLifetimeKilobytes));
            Assert.DoesNotContain("_bytes", DeviceConfigWriter.Write(config, DeviceConfigFormat.StrongSwan));
            Assert.Contains(" set security-association lifetime kilobytes disable\n", DeviceConfigWriter.Write(config, DeviceConfigFormat.CiscoIosXe));
            var forti = DeviceConfigWriter.Write(config, DeviceConfigFormat.FortiOS);
            Assert.DoesNotContain("keylife-type", forti);
            Assert.DoesNotContain("keylifekbs", forti);
        }

        [Fact]
        public void AByteLimitBelowAVendorsMinimumIsRaisedToIt()
        {
            // Azure allows 1024 KB; IOS XE starts at 2560, FortiOS at 5120; strongSwan takes any number.
            var config = DeviceConfigBuilder.Build(WithDataSize(1024)).Single();
            Assert.Contains("life_bytes = 1048576\n", DeviceConfigWriter.Write(config, DeviceConfigFormat.StrongSwan));
            Assert.Contains(" set security-association lifetime kilobytes 2560\n", DeviceConfigWriter.Write(config, DeviceConfigFormat.CiscoIosXe));
            Assert.Contains("        set keylifekbs 5120\n", DeviceConfigWriter.Write(config, DeviceConfigFormat.FortiOS));
        }

        [Fact]
        public void WithoutAPolicyTheDeviceConfigOffersAzuresDefaultSet()
        {
            var t = DeviceConfigBuilder.Build(Specs.Plan(ExampleTests.Read("active-active"))).Single().Tunnels[0];
            Assert.Same(CryptoProposal.AzureDefaultIke, t.IkeProposals);
            Assert.Same(CryptoProposal.AzureDefaultEsp, t.EspProposals);
        }

        [Fact]
        public void PfsSameAsMainModeUsesTheIkeGroup()
        {
            var t = DeviceConfigBuilder.Build(Specs.Plan(ActiveActiveWithPolicySpec().Replace("PFS2048", "PFSMM").Replace("DHGroup14", "ECP256"))).Single().Tunnels[0];
            Assert.Equal("GCMAES256/GCMAES256/ECP256", Assert.Single(t.EspProposals).ToString());
        }

        [Fact]
        public void TheSpecRoundTripKeepsThePolicy()
        {
            var planned = ActiveActiveWithPolicy();
            var json = JsonTextWriter.Write(SpecWriter.Write(planned, out var omitted));
            Assert.Empty(omitted);
            var again = Assert.Single(Specs.Plan(json).Connections).IpsecPolicy;
            Assert.Equal(Assert.Single(planned.Connections).IpsecPolicy.ToString(), again.ToString());
            Assert.Equal(3600, again.SaLifeTimeSeconds);
            Assert.Equal(102400000L, again.SaDataSizeKilobytes);
        }

        [Fact]
        public void TheArmTemplateDeploysThePolicyAndReadsBackTheSame()
        {
            var reader = new EstateReader();
            reader.AddTemplate(JsonTree.Parse(ArmTemplateWriter.Write(ActiveActiveWithPolicy())), new TemplateSource { Name = "export.json" });
            var p = Assert.Single(reader.Read().Connections).IpsecPolicy;
            Assert.Equal("AES256/SHA256/DHGroup14, GCMAES256/GCMAES256/PFS2048", p.ToString());
            Assert.Equal(3600, p.SaLifeTimeSeconds);
        }

        [Fact]
        public void TheAzScriptCreatesTheConnectionWithThePolicy()
        {
            var script = AzScriptWriter.Write(ActiveActiveWithPolicy());
            Assert.Contains("$ipsecPolicy = New-AzIpsecPolicy -IkeEncryption AES256 -IkeIntegrity SHA256 -DhGroup DHGroup14 -IpsecEncryption GCMAES256 -IpsecIntegrity GCMAES256 -PfsGroup PFS2048 -SALifeTimeSeconds 3600 -SADataSizeKilobytes 102400000", script);
            Assert.Contains(" -IpsecPolicies $ipsecPolicy", script);
            Assert.DoesNotContain("IpsecPolicies", AzScriptWriter.Write(Specs.Plan(ExampleTests.Read("active-active"))));
        }

        [Fact]
        public void TheAzConnectionBagCarriesThePolicyWithPSIpsecPolicysNamesAndNothingWithoutOne()
        {
            var bag = Assert.Single(AzBinding.Connections(WithDataSize(204800), name => "gw", name => "lng", (g, i, n) => "id", "key"));
            var policy = (System.Collections.Hashtable)Assert.Single((System.Collections.Hashtable[])bag["IpsecPolicies"]);
            Assert.Equal(new[] { "DhGroup", "IkeEncryption", "IkeIntegrity", "IpsecEncryption", "IpsecIntegrity", "PfsGroup", "SADataSizeKilobytes", "SALifeTimeSeconds" },
                policy.Keys.Cast<string>().OrderBy(k => k, System.StringComparer.Ordinal));
            Assert.Equal(new object[] { "DHGroup14", "AES256", "SHA256", "GCMAES256", "GCMAES256", "PFS2048", 204800, 3600 },
                new[] { "DhGroup", "IkeEncryption", "IkeIntegrity", "IpsecEncryption", "IpsecIntegrity", "PfsGroup", "SADataSizeKilobytes", "SALifeTimeSeconds" }.Select(k => policy[k]));
            var none = Assert.Single(AzBinding.Connections(Specs.Plan(ExampleTests.Read("active-active")), name => "gw", name => "lng", (g, i, n) => "id", "key"));
            Assert.False(none.Contains("IpsecPolicies"));
        }

        [Fact]
        public void ADeployedPolicySurvivesConvertingTheEstateToASpec()
        {
            var json = JsonTextWriter.Write(SpecWriter.Write(Estate.Read(HubWithPolicy()), out _));
            var policies = Specs.Plan(json).Connections.Where(c => c.IpsecPolicy != null).ToList();
            Assert.Equal("cn-hq-fw1", Assert.Single(policies).Name);
            Assert.Equal("AES256/SHA384/ECP384, GCMAES256/GCMAES256/ECP384", policies[0].IpsecPolicy.ToString());
        }
    }
}
