using 'oracle.bicep'

param prefix = 'Ams'
